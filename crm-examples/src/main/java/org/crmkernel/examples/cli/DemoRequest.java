package org.crmkernel.examples.cli;

import org.crmkernel.examples.demo.DemoSettings;

/** What {@code crm demo} was asked for: the demo's settings and the store to run it on. */
record DemoRequest(DemoSettings settings, StoreChoice store) {}
