package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.haven.core.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * Every message key a template names literally (#{key} or #{key(args)}) exists in one of the bundles that
 * message bundles ({@link MessageBundles}) hold, so no page shows "??key_en??" and every text can be translated.
 */
class MessageBundleTest {

    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[(}]");

    @Test
    void everyMessageKeyUsedInTemplatesExists() throws IOException {
        Properties bundles = loadBundles();
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!bundles.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from the bundles").isEmpty();
    }

    private static Properties loadBundles() throws IOException {
        Properties all = new Properties();
        List<String> names = MessageBundles.basenames();
        for (String name : names) {
            Path file = Path.of("src/main/resources", name.trim() + ".properties");
            try (InputStream in = Files.newInputStream(file)) {
                all.load(in);
            }
        }
        return all;
    }
}
