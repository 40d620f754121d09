package org.crmkernel.testkit.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.crmkernel.model.id.RecordKind;

/**
 * Marks a contract property about one record kind, so that it is skipped when the store under
 * test does not store that kind ({@link StoreContractSupport#storesKind}). jqwik needs a hook for
 * that: an assumption failing in every try would fail the property as exhausted.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@AddLifecycleHook(OfKind.SkipKindsNotStored.class)
@interface OfKind {

  /** The kind the property is about. */
  RecordKind value();

  /** Skips {@link OfKind} properties of kinds the contract's store does not store. */
  final class SkipKindsNotStored implements SkipExecutionHook {

    /** For jqwik. */
    public SkipKindsNotStored() {}

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      if (!(context instanceof PropertyLifecycleContext property)) {
        return SkipResult.doNotSkip();
      }
      RecordKind kind = property.findAnnotation(OfKind.class).map(OfKind::value).orElse(null);
      // jqwik makes the test instance after this hook; a throwaway one answers (stores are made lazily).
      if (kind == null || !(property.newInstance(property.containerClass()) instanceof StoreContractSupport contract)
          || contract.storesKind(kind)) {
        return SkipResult.doNotSkip();
      }
      return SkipResult.skip("the store under test has no store of " + kind + " records");
    }
  }
}
