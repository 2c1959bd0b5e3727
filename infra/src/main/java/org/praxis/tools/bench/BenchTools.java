package org.praxis.tools.bench;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The beans of the benchmarks, wired in a child context of a running server ({@link org.praxis.tools.LocalPraxis}). */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class BenchTools {
}
