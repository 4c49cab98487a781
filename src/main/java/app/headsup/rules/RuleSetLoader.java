package app.headsup.rules;

import app.headsup.catalogue.CatalogueException;
import app.headsup.catalogue.Catalogues;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;

/**
 * Turns a rule folder into a {@link RuleSet}: reads the catalogues, compiles every DRL file and rule table,
 * reads and checks every rule's metadata, and proves with {@link SelfCheck} that every rule can
 * fire. Any failure is a {@link RuleSetException} carrying the compiler's or checker's words.
 */
public final class RuleSetLoader {

    static final String PROPERTIES = "ruleset.properties";
    static final String DRL_ROOT = "src/main/resources/headsup/rules/";
    private static final AtomicLong BUILDS = new AtomicLong();
    /** Sessions kept ready; the pool grows when more screenings run at once. */
    private static final int SESSION_POOL_SIZE = 8;

    private RuleSetLoader() {}

    /** The rule set of a folder: its precompiled executable model when the build made one for exactly these files. */
    public static RuleSet load(RuleFiles folder) {
        return load(folder, true);
    }

    /** The rule set of a folder, always compiled from its DRL (as for {@code headsup.rules.dir}). */
    public static RuleSet compileFromDrl(RuleFiles folder) {
        return load(folder, false);
    }

    private static RuleSet load(RuleFiles folder, boolean precompiledAllowed) {
        try {
            String version = knowledgeVersion(folder) + "+" + folder.hash();
            var catalogues = Catalogues.parse(folder.withSuffix(""));
            var handWritten = folder.withSuffix(".drl");
            if (handWritten.isEmpty()) {
                throw new RuleSetException("no .drl files in " + folder.origin());
            }
            var precompiled = precompiledAllowed ? PrecompiledRules.forFiles(folder) : Optional.<KieBase>empty();
            // The tables are expanded only when there is DRL to compile: the build's model already holds them.
            var kieBase = precompiled.orElseGet(
                    () -> compile(folder, RuleTemplates.drlOf(folder), version).getKieBase());
            var ruleSet = new RuleSet(
                    version,
                    kieBase.newKieSessionsPool(SESSION_POOL_SIZE),
                    catalogues,
                    RuleDescriptions.read(kieBase, catalogues, handWritten),
                    precompiled.isPresent());
            SelfCheck.run(ruleSet);
            return ruleSet;
        } catch (CatalogueException e) {
            throw new RuleSetException(e.getMessage(), e);
        }
    }

    private static String knowledgeVersion(RuleFiles folder) {
        String text = folder.files().get(PROPERTIES);
        if (text == null) {
            throw new RuleSetException("no " + PROPERTIES + " in " + folder.origin());
        }
        var properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new RuleSetException(PROPERTIES + ": " + e.getMessage(), e);
        }
        String version = properties.getProperty("knowledge.version", "").strip();
        if (version.isEmpty()) {
            throw new RuleSetException(PROPERTIES + " has no knowledge.version");
        }
        return version;
    }

    private static KieContainer compile(RuleFiles folder, Map<String, String> drl, String version) {
        var kie = KieServices.get();
        var files = kie.newKieFileSystem();
        // A release id of its own per build, so two rule sets in one JVM (tests) never mix.
        var releaseId = kie.newReleaseId("app.headsup", "rules", "1.0." + BUILDS.incrementAndGet());
        files.generateAndWritePomXML(releaseId);
        write(drl, files);
        var builder = kie.newKieBuilder(files).buildAll();
        var errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new RuleSetException("the rules of " + folder.origin() + " (" + version + ") do not compile: "
                    + errors.stream().map(RuleSetLoader::describe).collect(Collectors.joining("; ")));
        }
        var container = kie.newKieContainer(releaseId);
        kie.getRepository().removeKieModule(releaseId);
        return container;
    }

    /** Writes the DRL sources for the compiler; an expanded table gets a .drl name, or it would be read as a decision table. */
    static void write(Map<String, String> drl, KieFileSystem files) {
        drl.forEach((name, content) -> files.write(DRL_ROOT + (name.endsWith(".drl") ? name : name + ".drl"), content));
    }

    private static String describe(Message message) {
        String path = message.getPath() == null
                ? ""
                : message.getPath().replace(DRL_ROOT, "").replace(".csv.drl", ".csv");
        return path + " line " + message.getLine() + ": " + message.getText().strip();
    }
}
