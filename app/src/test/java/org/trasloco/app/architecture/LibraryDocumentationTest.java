package org.trasloco.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * STYLE: every package has a {@code package-info.java}; every public type of the library modules
 * (core, importers, xmpp, invites) has Javadoc. Reads the sources of the reactor next to this module.
 */
class LibraryDocumentationTest {

    private static final List<String> MODULES = List.of("core", "importers", "xmpp", "invites", "keepsake", "move", "app", "bench");
    private static final List<String> LIBRARIES = List.of("core", "importers", "xmpp", "invites", "keepsake", "move");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public (?:final |abstract |sealed |non-sealed )*(?:class|interface|enum|record|@interface) (\\w+)",
            Pattern.MULTILINE);

    private static Path reactorRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("app")) ? here : here.getParent();
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String module : MODULES) {
            Path sources = reactorRoot().resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .map(Path::getParent)
                        .distinct()
                        .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
                        .forEach(dir -> missing.add(sources.relativize(dir).toString()));
            }
        }
        assertEquals(Set.of(), missing, "packages without package-info.java");
    }

    @Test
    void everyPublicLibraryTypeHasJavadoc() throws IOException {
        List<String> undocumented = new ArrayList<>();
        int checked = 0;
        for (String module : LIBRARIES) {
            Path sources = reactorRoot().resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")
                        && !f.getFileName().toString().equals("package-info.java")).toList()) {
                    String text = Files.readString(file);
                    Matcher type = PUBLIC_TYPE.matcher(text);
                    if (type.find()) {
                        checked++;
                        String before = text.substring(0, type.start()).stripTrailing();
                        // Annotations may stand between the Javadoc and the declaration.
                        before = before.replaceAll("(?m)^@\\w+(\\([^)]*\\))?\\s*$", "").stripTrailing();
                        if (!before.endsWith("*/")) {
                            undocumented.add(module + ": " + sources.relativize(file));
                        }
                    }
                }
            }
        }
        assertTrue(checked > 20, "found the library sources");
        assertEquals(List.of(), undocumented, "public library types without Javadoc");
    }
}
