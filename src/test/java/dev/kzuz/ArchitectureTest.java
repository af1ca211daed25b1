package dev.kzuz;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The packages' layers, as the README's architecture section draws them: dependencies point one
 * way, from the entry point down to the model. A package not placed here fails the test, so a
 * new one is given its layer.
 *
 * <pre>
 *   Kzuz (main)                  wires the layers; build's tools may use anything, nothing uses them
 *   shell                        the interactive session over the commands
 *   cli                          picocli commands, options, exit codes
 *   render | cite | check        side by side: views and renderers; citations; the draft checker
 *   query                        filters, search, timeline, trade series
 *   kb                           loading, validation, the compiled bundle
 *   model                        the records
 *   io                           files written whole (usable from kb up; uses nothing of ours)
 * </pre>
 */
class ArchitectureTest {
    private static final JavaClasses KZUZ = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.kzuz");

    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("main").definedBy("dev.kzuz")
            .layer("build").definedBy("dev.kzuz.build..")
            .layer("shell").definedBy("dev.kzuz.shell..")
            .layer("cli").definedBy("dev.kzuz.cli..")
            .layer("render").definedBy("dev.kzuz.render..")
            .layer("cite").definedBy("dev.kzuz.cite..")
            .layer("check").definedBy("dev.kzuz.check..")
            .layer("query").definedBy("dev.kzuz.query..")
            .layer("kb").definedBy("dev.kzuz.kb..")
            .layer("model").definedBy("dev.kzuz.model..")
            .layer("io").definedBy("dev.kzuz.io..")
            .whereLayer("build").mayOnlyAccessLayers("main", "shell", "cli", "render", "cite", "check", "query", "kb", "model", "io")
            .whereLayer("main").mayOnlyAccessLayers("shell", "cli", "render", "cite", "check", "query", "kb", "model", "io")
            .whereLayer("shell").mayOnlyAccessLayers("cli", "render", "cite", "check", "query", "kb", "model", "io")
            .whereLayer("cli").mayOnlyAccessLayers("render", "cite", "check", "query", "kb", "model", "io")
            .whereLayer("render").mayOnlyAccessLayers("query", "kb", "model", "io")
            .whereLayer("cite").mayOnlyAccessLayers("query", "kb", "model", "io")
            .whereLayer("check").mayOnlyAccessLayers("query", "kb", "model", "io")
            .whereLayer("query").mayOnlyAccessLayers("kb", "model", "io")
            .whereLayer("kb").mayOnlyAccessLayers("model", "io")
            .whereLayer("model").mayNotAccessAnyLayer()
            .whereLayer("io").mayNotAccessAnyLayer()
            .whereLayer("build").mayNotBeAccessedByAnyLayer()
            .because("dependencies point one way: presentation never leaks into the loader or the search index,"
                    + " and the build's tools are not part of the program");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.kzuz.(**)").should().beFreeOfCycles();

    @Test
    void dependenciesFollowTheLayers() {
        LAYERS.check(KZUZ);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        NO_PACKAGE_CYCLES.check(KZUZ);
    }
}
