package org.crmkernel.currency.internal;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.crmkernel.currency.CurrencyService;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.model.value.Money;

/** The kernel's {@link CurrencyService}: the tenant's profile and the kernel's exchange rates. */
public final class DefaultCurrencyService implements CurrencyService {

  private final SessionContext session;

  /** A service for {@code session}'s tenant. */
  public DefaultCurrencyService(SessionContext session) {
    this.session = session;
  }

  @Override
  public Currency baseCurrency() {
    return session.profile().baseCurrency();
  }

  @Override
  public Optional<Money> toBaseCurrency(Money amount, LocalDate on) {
    Arguments.present(amount, "amount");
    Arguments.present(on, "on");
    return session.kernel().currency().convert(amount, baseCurrency(), on);
  }
}
