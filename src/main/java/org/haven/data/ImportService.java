package org.haven.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a long-layout CSV or .xlsx file of data values. {@link #dryRun} checks every row and counts what would
 * change without writing; {@link #commit} re-reads the file and writes it chunk by chunk through
 * {@link DataValueService#write} inside ONE transaction, so the whole file is stored or nothing is. A commit is
 * refused (nothing written) when any row is rejected.
 */
@Service
class ImportService {

    /** Progress of a pass: rows read so far and, for CSV, the share of the file's bytes read (0..1, -1 unknown). */
    interface Progress {
        void update(int rows, double fraction);
    }

    private final DataValueService values;
    private final ImportExistingValues existing;
    private final DataElementCatalog elements;
    private final MessageSource messages;
    private final TransactionTemplate transaction;

    ImportService(DataValueService values, ImportExistingValues existing, DataElementCatalog elements,
            MessageSource messages, PlatformTransactionManager transactions) {
        this.values = values;
        this.existing = existing;
        this.elements = elements;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
    }

    ImportSummary dryRun(Path file, ImportFormat format, ValueSource source, Locale locale, Progress progress) {
        return pass(file, format, false, source, locale, progress);
    }

    /** Checks the file first; writes it in one transaction only if no row is rejected. */
    ImportSummary checkAndCommit(Path file, ImportFormat format, ValueSource source, Locale locale, Progress progress) {
        ImportSummary dry = dryRun(file, format, source, locale, progress);
        return dry.clean() ? commit(file, format, source, locale, progress) : dry;
    }

    /** Writes a file whose dry run was clean; all or nothing. Returns the write counts, or the rejections. */
    ImportSummary commit(Path file, ImportFormat format, ValueSource source, Locale locale, Progress progress) {
        try {
            return transaction.execute(status -> pass(file, format, true, source, locale, progress));
        } catch (ImportRun.Rejected e) {
            return e.summary();
        }
    }

    private ImportSummary pass(Path file, ImportFormat format, boolean commit, ValueSource source, Locale locale,
            Progress progress) {
        ImportRun.Context context = new ImportRun.Context(values, existing, messages, locale, categoryCodes(), source);
        long size = sizeOf(file);
        long[] bytes = new long[1];
        ImportRun run = new ImportRun(context, commit,
                rows -> progress.update(rows, format == ImportFormat.CSV && size > 0 ? (double) bytes[0] / size : -1));
        try {
            if (format == ImportFormat.XLSX) {
                ImportXlsxReader.read(file, run);
            } else {
                try (InputStream in = new Counting(Files.newInputStream(file), bytes)) {
                    ImportCsvReader.read(in, run);
                }
            }
        } catch (ImportFileException e) {
            run.fail(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportSummary summary = run.finish();
        if (commit && !summary.clean()) {
            throw new ImportRun.Rejected(summary);
        }
        progress.update(summary.rows(), 1);
        return summary;
    }

    private Set<String> categoryCodes() {
        Set<String> codes = new TreeSet<>();
        for (ElementDefinition e : elements.elements()) {
            for (CategoryDefinition c : e.categories()) {
                codes.add(c.code());
            }
        }
        return codes;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class Counting extends FilterInputStream {

        private final long[] count;

        Counting(InputStream in, long[] count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count[0]++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count[0] += n;
            }
            return n;
        }
    }
}
