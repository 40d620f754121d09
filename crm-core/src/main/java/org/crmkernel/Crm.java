package org.crmkernel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.crmkernel.internal.AfterCommit;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.EventCodec;
import org.crmkernel.internal.InputValidator;
import org.crmkernel.internal.Kernel;
import org.crmkernel.internal.ScopeCache;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.tenant.TenantProfile;
import org.crmkernel.notify.OutboxRelay;
import org.crmkernel.notify.internal.DefaultOutboxRelay;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.NotificationSink;
import org.crmkernel.spi.TenantProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front door of the kernel. Build one per store and share it; it is thread-safe. Work
 * happens in sessions: {@code crm.tenant(t).as(userId)} for a user, checked against access
 * scopes, and {@code crm.tenant(t).system()} for a host's own processes.
 *
 * <pre>{@code
 * Crm crm = Crm.builder().store(InMemoryCrmStore.create()).build();
 * CrmSession session = crm.tenant(tenantId).system();
 * }</pre>
 */
public final class Crm implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Crm.class);

  private final Kernel kernel;
  private final UnitOfWork work;
  private final DefaultOutboxRelay relay;
  private final Optional<ScheduledExecutorService> scheduler;

  private Crm(Builder builder) {
    CrmStore store = Objects.requireNonNull(builder.store);
    EventCodec codec = new EventCodec();
    this.relay = new DefaultOutboxRelay(store, builder.clock, codec, builder.sinks, builder.outboxLease);
    boolean inline = builder.deliverAfterCommit && !builder.sinks.isEmpty();
    AfterCommit afterCommit = inline ? relay : AfterCommit.NOTHING;
    Validator validator = builder.validator.orElseGet(InputValidator::defaultValidator);
    this.kernel = new Kernel(store, builder.clock, builder.tenantProfiles, validator, afterCommit,
        inline ? builder.outboxLease : Duration.ZERO, new ScopeCache(builder.scopeCacheSize),
        new org.crmkernel.internal.CurrencyConverter(builder.exchangeRates));
    this.work = new UnitOfWork(codec);
    this.scheduler = builder.relayEvery.map(this::startRelay);
  }

  /** A builder; only the store is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The entry to one tenant's data. */
  public TenantScope tenant(TenantId tenant) {
    return new TenantScope(kernel, work, Arguments.present(tenant, "tenant"));
  }

  /** The relay that delivers outbox events to the notification sinks. */
  public OutboxRelay relay() {
    return relay;
  }

  /** Stops the background relay, if one was started; the store is the host's to close. */
  @Override
  public void close() {
    scheduler.ifPresent(s -> {
      s.shutdown();
      try {
        if (!s.awaitTermination(10, TimeUnit.SECONDS)) {
          s.shutdownNow();
        }
      } catch (InterruptedException e) {
        s.shutdownNow();
        Thread.currentThread().interrupt();
      }
    });
  }

  private ScheduledExecutorService startRelay(Duration every) {
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "crmkernel-outbox-relay");
      thread.setDaemon(true);
      return thread;
    });
    executor.scheduleWithFixedDelay(() -> {
      try {
        relay.deliverDue();
      } catch (Throwable e) {
        // A scheduled task that throws is never run again: keep the relay alive whatever happened.
        LOG.error("outbox relay run failed; the next run retries", e);
      }
    }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    return executor;
  }

  /** Configures a {@link Crm}; each setting is checked as it is made. */
  public static final class Builder {
    private CrmStore store;
    private Clock clock = Clock.systemUTC();
    private TenantProfiles tenantProfiles = TenantProfiles.fixed(TenantProfile.of("US", "USD"));
    private Optional<Validator> validator = Optional.empty();
    private final List<NotificationSink> sinks = new ArrayList<>();
    private boolean deliverAfterCommit = true;
    private Duration outboxLease = Duration.ofSeconds(30);
    private Optional<Duration> relayEvery = Optional.empty();
    private long scopeCacheSize = 10_000;
    private org.crmkernel.spi.ExchangeRates exchangeRates = org.crmkernel.currency.FixedExchangeRates.none();

    private Builder() {}

    /** The store (required). */
    public Builder store(CrmStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** The clock all time comes from; the system UTC clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Each tenant's settings; by default every tenant reads phones as US and reports in USD. */
    public Builder tenantProfiles(TenantProfiles tenantProfiles) {
      this.tenantProfiles = Objects.requireNonNull(tenantProfiles, "tenantProfiles");
      return this;
    }

    /** The jakarta.validation validator; by default Hibernate Validator without EL. */
    public Builder validator(Validator validator) {
      this.validator = Optional.of(Objects.requireNonNull(validator, "validator"));
      return this;
    }

    /** Adds sinks that receive every domain event after commit, at least once. */
    public Builder notifications(NotificationSink... sinks) {
      for (NotificationSink sink : sinks) {
        this.sinks.add(Objects.requireNonNull(sink, "sink"));
      }
      return this;
    }

    /**
     * Whether events go to the sinks right after each commit, on the caller's thread (default).
     * When off, only the relay delivers them.
     */
    public Builder deliverAfterCommit(boolean deliverAfterCommit) {
      this.deliverAfterCommit = deliverAfterCommit;
      return this;
    }

    /** How long a relay may hold claimed events before another may take them; 30 s by default. */
    public Builder outboxLease(Duration lease) {
      checkArgument(!lease.isNegative() && !lease.isZero(), "the outbox lease must be positive, was %s", lease);
      this.outboxLease = lease;
      return this;
    }

    /** Runs the relay in a background thread every {@code interval}, until {@link Crm#close()}. */
    public Builder relayEvery(Duration interval) {
      checkArgument(interval.compareTo(Duration.ofMillis(10)) >= 0, "the relay interval must be at least 10 ms, was %s", interval);
      this.relayEvery = Optional.of(interval);
      return this;
    }

    /**
     * How many users' compiled access scopes to keep (10,000 by default); a scope is recompiled
     * whenever anything it depends on changed, so the size only trades memory for speed.
     */
    public Builder scopeCacheSize(long size) {
      checkArgument(size >= 0, "the scope cache size must not be negative, was %s", size);
      this.scopeCacheSize = size;
      return this;
    }

    /**
     * The exchange rates reports convert amounts to a tenant's base currency with; by default
     * none ({@link org.crmkernel.currency.FixedExchangeRates#none()}), so only amounts already in
     * the base currency are summed.
     */
    public Builder exchangeRates(org.crmkernel.spi.ExchangeRates rates) {
      this.exchangeRates = java.util.Objects.requireNonNull(rates, "rates");
      return this;
    }

    /** The configured kernel. */
    public Crm build() {
      checkState(store != null, "a Crm needs a store: call store(..) first");
      return new Crm(this);
    }
  }
}
