package org.praxis.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module rules of DESIGN.md: the two sides talk only through events; the application module's three wings
 * ({@code app} the server's features, {@code platform} technical adapters with no feature knowledge,
 * {@code tools} the command-line tools) depend inwards only (ADR 18).
 */
@AnalyzeClasses(packages = "org.praxis", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule commandSideNeverReadsTheQuerySide = noClasses()
            .that().resideInAPackage("org.praxis.command..")
            .should().dependOnClassesThat().resideInAnyPackage("org.praxis.query..", "co.elastic..",
                    "org.elasticsearch..", "org.praxis.app..", "org.praxis.platform..", "org.praxis.tools..");

    @ArchTest
    static final ArchRule querySideNeverDispatchesCommands = noClasses()
            .that().resideInAPackage("org.praxis.query..")
            .should().dependOnClassesThat().resideInAnyPackage("org.praxis.command..", "org.praxis.app..",
                    "org.praxis.platform..", "org.praxis.tools..",
                    "org.axonframework.commandhandling..", "org.apache.tika..");

    @ArchTest
    static final ArchRule eventsDependOnNothingButTheJdkAndAxonAnnotations = noClasses()
            .that().resideInAPackage("org.praxis.events..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.praxis.events..", "java..",
                    "org.axonframework.serialization..");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.praxis.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule platformKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.praxis.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("org.praxis.app..", "org.praxis.tools..");

    @ArchTest
    static final ArchRule theServerNeverReachesTheTools = noClasses()
            .that().resideInAnyPackage("org.praxis.app..", "org.praxis.command..", "org.praxis.query..")
            .should().dependOnClassesThat().resideInAPackage("org.praxis.tools..");

    @ArchTest
    static final ArchRule nothingStartsTheCommandLine = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("org.praxis.Praxis");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.praxis.app.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule platformPackagesHaveNoCycles = slices().matching("org.praxis.platform.(*)..")
            .should().beFreeOfCycles();

    /** Settings are read through the {@code PraxisProperties} record: typed, defaulted, documented in one place. */
    @ArchTest
    static final ArchRule settingsComeFromTheConfigurationPropertiesRecord = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.beans.factory.annotation.Value");

    /** Aggregates are plain domain code: the Axon stereotype that registers them is all they know of Spring. */
    @ArchTest
    static final ArchRule aggregatesKnowNoSpring = noClasses()
            .that().areAnnotatedWith("org.axonframework.spring.stereotype.Aggregate")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    /** The blob store is a neutral port: both sides use it, it knows neither. */
    @ArchTest
    static final ArchRule theBlobStoreKnowsNoSide = noClasses()
            .that().resideInAPackage("org.praxis.blob..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.praxis.blob..", "java..");
}
