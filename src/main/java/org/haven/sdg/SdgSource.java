package org.haven.sdg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files of one import: a single CSV (either layout), a .zip of a DDF folder (or of several CSVs), or the shipped
 * extract on the class path. Entries are opened on demand, so a file is read once per pass.
 */
record SdgSource(String name, List<Entry> entries) {

    /** Opens an entry's content. */
    interface Opener {
        InputStream open() throws IOException;
    }

    record Entry(String name, Opener opener) {
    }

    /** The shipped extract: every CSV under {@code seed/sdg} on the class path. */
    static SdgSource shipped() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:seed/sdg/*.csv");
            List<Entry> entries = new ArrayList<>();
            for (Resource r : found) {
                entries.add(new Entry(r.getFilename(), r::getInputStream));
            }
            entries.sort((a, b) -> a.name().compareTo(b.name()));
            return new SdgSource("seed/sdg (UN SDG Global Database, 2020 extract)", entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An uploaded file: a zip archive (by its first bytes) or one CSV file. */
    static SdgSource of(Path file, String name) throws IOException {
        if (isZip(file)) {
            List<Entry> entries = new ArrayList<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    String entryName = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                    if (!e.isDirectory() && entryName.toLowerCase().endsWith(".csv") && !entryName.startsWith(".")) {
                        String full = e.getName();
                        entries.add(new Entry(entryName, () -> {
                            ZipFile z = new ZipFile(file.toFile());
                            return new java.io.FilterInputStream(z.getInputStream(z.getEntry(full))) {
                                @Override
                                public void close() throws IOException {
                                    super.close();
                                    z.close();
                                }
                            };
                        }));
                    }
                }
            }
            entries.sort((a, b) -> a.name().compareTo(b.name()));
            return new SdgSource(name, entries);
        }
        return new SdgSource(name, List.of(new Entry(name, () -> Files.newInputStream(file))));
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }
}
