package app.headsup.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Copies of the packaged rule folder on disk, to break on purpose. */
public final class RuleFolders {

    private RuleFolders() {}

    public static Path copy(Path target) {
        try {
            Files.createDirectories(target);
            for (var file : RuleFiles.fromClasspath().files().entrySet()) {
                Files.writeString(target.resolve(file.getKey()), file.getValue());
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path edit(Path folder, String file, UnaryOperator<String> change) {
        try {
            var path = folder.resolve(file);
            String before = Files.readString(path);
            String after = change.apply(before);
            if (after.equals(before)) {
                throw new IllegalArgumentException("the edit changed nothing in " + file);
            }
            Files.writeString(path, after);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder whose oils.drl no longer compiles. */
    public static Path brokenDrl(Path target) {
        return edit(copy(target), "oils.drl", drl -> drl.replaceFirst("when", "when (("));
    }
}
