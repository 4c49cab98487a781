package app.headsup.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModuleModel;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;

/**
 * The packaged rules, compiled at build time into Drools' executable model: Java classes that build
 * the KieBase in a fraction of the time the DRL compiler takes at start-up. The build writes the
 * classes beside the application's own, with a note of the rule files' hash; at start-up they are used
 * only for exactly those files, so the rule-set version still names what runs. Any other folder
 * ({@code headsup.rules.dir}) is compiled from its DRL at start-up, as before.
 */
final class PrecompiledRules {

    static final String NOTE = "rules-compiled/model.properties";
    private static final String PROJECT_MODEL = "projectModel";
    private static final String HASH = "hash";
    private static final String FACTS = "facts";

    private PrecompiledRules() {}

    /** The KieBase for these rule files, when the build compiled exactly these; empty otherwise. */
    static Optional<KieBase> forFiles(RuleFiles folder) {
        var note = new Properties();
        try (InputStream in = PrecompiledRules.class.getClassLoader().getResourceAsStream(NOTE)) {
            if (in == null) {
                return Optional.empty();
            }
            note.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!folder.hash().equals(note.getProperty(HASH))) {
            return Optional.empty();
        }
        try {
            var model = (CanonicalKieModuleModel)
                    Class.forName(note.getProperty(PROJECT_MODEL), true, PrecompiledRules.class.getClassLoader())
                            .getDeclaredConstructor()
                            .newInstance();
            return Optional.of(KieBaseBuilder.createKieBaseFromModel(model.getModels()));
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new RuleSetException("the precompiled rules cannot be loaded: " + e, e);
        }
    }

    private static String factsHash(Path factClasses) throws IOException {
        try (var files = Files.list(factClasses)) {
            var sha = MessageDigest.getInstance("SHA-256");
            for (var file :
                    files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Build time: compiles a rule folder into the executable model and writes its classes and the note
     * into a classes folder. Does nothing when that folder already holds the model of exactly these files.
     * Usage: {@code PrecompiledRules <rule folder> <classes folder>}.
     */
    public static void main(String[] args) throws IOException {
        var folder = RuleFiles.fromDirectory(Path.of(args[0]));
        var classes = Path.of(args[1]);
        var notePath = classes.resolve(NOTE);
        // The model calls the fact classes' methods, so it is made again when they change too.
        String facts = factsHash(classes.resolve("app/headsup/rules/facts"));
        if (Files.exists(notePath)) {
            var note = new Properties();
            try (var in = Files.newInputStream(notePath)) {
                note.load(in);
            }
            if (folder.hash().equals(note.getProperty(HASH)) && facts.equals(note.getProperty(FACTS))) {
                System.out.println("Precompiled rules are up to date (" + folder.hash() + ").");
                return;
            }
        }
        long started = System.nanoTime();
        var kie = KieServices.get();
        var files = kie.newKieFileSystem();
        var releaseId = kie.newReleaseId("app.headsup", "rules", "compiled");
        files.generateAndWritePomXML(releaseId);
        var drl = RuleTemplates.drlOf(folder);
        RuleSetLoader.write(drl, files);
        var builder = kie.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        var errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the rules do not compile: " + errors);
        }
        String projectModel = null;
        byte[] jar = ((InternalKieModule) builder.getKieModule()).getBytes();
        try (var entries = new JarInputStream(new ByteArrayInputStream(jar))) {
            for (var entry = entries.getNextJarEntry(); entry != null; entry = entries.getNextJarEntry()) {
                if (entry.isDirectory() || !entry.getName().endsWith(".class")) {
                    continue;
                }
                var target = classes.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, entries.readAllBytes());
                if (entry.getName().startsWith("org/drools/project/model/ProjectModel")) {
                    projectModel = entry.getName().replace('/', '.').replaceAll("\\.class$", "");
                }
            }
        }
        if (projectModel == null) {
            throw new IllegalStateException("the executable model has no project model class");
        }
        var note = new Properties();
        note.setProperty(HASH, folder.hash());
        note.setProperty(FACTS, facts);
        note.setProperty(PROJECT_MODEL, projectModel);
        Files.createDirectories(notePath.getParent());
        try (var out = Files.newOutputStream(notePath)) {
            note.store(out, "The executable model of the rule files with this hash (written by the build)");
        }
        System.out.printf(
                "Precompiled %d rule file(s) and table(s), hash %s, in %d ms.%n",
                drl.size(), folder.hash(), (System.nanoTime() - started) / 1_000_000);
    }
}
