/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's code generator outside Eclipse on {@code model/profmonitor.genmodel}.
 * <p>
 * The generator works on a scratch copy of the bundle's {@code model/} folder, so that it can
 * never touch the hand-written manifest, {@code plugin.xml} or {@code build.properties}; only the
 * resulting {@code src-gen/} is copied back, replacing the old one entirely. Nothing in
 * {@code src-gen/} is edited by hand (written code lives in {@code src/} and is reached through
 * GenModel {@code body} annotations), so no JMerge step is needed and the output is reproducible.
 * <p>
 * Before generating, the GenModel is refreshed from the Ecore model (what "Reload" does in the
 * IDE): new classifiers and features get their Gen* counterparts, stale ones are dropped. The
 * refreshed GenModel is written back when it changed.
 */
public final class GenerateModel {

    private static final String BUNDLE = "org.profmonitor.model";
    private static final String GENMODEL = "model/profmonitor.genmodel";

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GenerateModel <path to bundles/" + BUNDLE + ">");
            System.exit(2);
        }
        Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
        if (!Files.isRegularFile(bundle.resolve(GENMODEL))) {
            System.err.println("no " + GENMODEL + " in " + bundle);
            System.exit(2);
        }
        Path scratch = Files.createTempDirectory("profmonitor-codegen");
        try {
            Path scratchBundle = scratch.resolve(BUNDLE);
            copyTree(bundle.resolve("model"), scratchBundle.resolve("model"));
            int rc = generate(scratchBundle);
            if (rc != 0) {
                System.exit(rc);
            }
            copyBackIfChanged(scratchBundle.resolve(GENMODEL), bundle.resolve(GENMODEL));
            deleteTree(bundle.resolve("src-gen"));
            copyTree(scratchBundle.resolve("src-gen"), bundle.resolve("src-gen"));
            System.out.println("Generated " + bundle.resolve("src-gen"));
        } finally {
            deleteTree(scratch);
        }
    }

    private static int generate(Path scratchBundle) throws IOException {
        // Standalone registrations that the plug-in registry does inside Eclipse.
        EPackageRegistrations.register();
        EcorePlugin.getPlatformResourceMap().put(BUNDLE, URI.createFileURI(scratchBundle + "/"));

        ResourceSet resourceSet = new ResourceSetImpl();
        Resource resource = resourceSet
                .getResource(URI.createPlatformResourceURI(BUNDLE + "/" + GENMODEL, true), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);

        genModel.reconcile();
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.initialize(genPackage.getEcorePackage());
        }
        Map<Object, Object> saveOptions = new HashMap<>();
        saveOptions.put(XMLResource.OPTION_ENCODING, "UTF-8");
        resource.save(saveOptions);

        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            print(diagnostic);
            return 1;
        }
        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() >= Diagnostic.WARNING) {
            print(result);
        }
        return result.getSeverity() >= Diagnostic.ERROR ? 1 : 0;
    }

    private static void print(Diagnostic diagnostic) {
        System.err.println(diagnostic.getMessage());
        for (Diagnostic child : diagnostic.getChildren()) {
            System.err.println("  " + child.getMessage());
            if (child.getException() != null) {
                child.getException().printStackTrace();
            }
        }
        if (diagnostic.getException() != null) {
            diagnostic.getException().printStackTrace();
        }
    }

    private static void copyBackIfChanged(Path from, Path to) throws IOException {
        if (Files.mismatch(from, to) != -1L) {
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("Refreshed " + to);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** What the {@code generated_package}, {@code extension_parser} and generator extensions do in Eclipse. */
    private static final class EPackageRegistrations {
        private static boolean done;

        static synchronized void register() {
            if (done) {
                return;
            }
            Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
            factories.put("ecore", new EcoreResourceFactoryImpl());
            factories.put("genmodel", new EcoreResourceFactoryImpl());
            org.eclipse.emf.ecore.EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
            org.eclipse.emf.ecore.EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
            org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory.Descriptor.Registry.INSTANCE
                    .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
            done = true;
        }
    }
}
