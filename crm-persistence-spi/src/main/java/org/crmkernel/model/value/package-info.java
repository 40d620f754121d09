/**
 * Values that customer records are made of: {@link org.crmkernel.model.value.Email}, {@link
 * org.crmkernel.model.value.PhoneNumber}, {@link org.crmkernel.model.value.PostalAddress},
 * {@link org.crmkernel.model.value.PersonName}, {@link org.crmkernel.model.value.Money}, and the
 * text rules in {@link org.crmkernel.model.value.Texts}. Each validates itself on construction.
 * Depends only on {@code model.error} and libphonenumber.
 */
@NullMarked
package org.crmkernel.model.value;

import org.jspecify.annotations.NullMarked;
