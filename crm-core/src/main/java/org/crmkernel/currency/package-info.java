/**
 * Currency: {@link org.crmkernel.currency.FixedExchangeRates}, the {@link
 * org.crmkernel.spi.ExchangeRates} the kernel ships (a table of rates effective from a date), and
 * {@link org.crmkernel.currency.CurrencyService}, which converts amounts to a tenant's base
 * currency for reports. Depends on the model and the SPI only.
 */
@NullMarked
package org.crmkernel.currency;

import org.jspecify.annotations.NullMarked;
