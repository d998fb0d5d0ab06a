package org.haven.exchange.dhis2;

import java.util.Locale;

import org.haven.core.InvalidInputException;
import org.haven.data.ValueSource;

/**
 * How to import: {@code dryRun} checks and counts only; {@code importStrategy} CREATE_AND_UPDATE (default; an
 * empty value deletes, as in DHIS2) or DELETE (every listed value is deleted); {@code atomic} (atomicMode=ALL, the
 * default) stores nothing when any row has a problem, atomicMode=NONE stores the clean rows.
 */
record Dhis2ImportOptions(boolean dryRun, boolean delete, boolean atomic, ValueSource source) {

    static Dhis2ImportOptions of(boolean dryRun, String importStrategy, String atomicMode, ValueSource source) {
        String strategy = importStrategy == null || importStrategy.isBlank() ? "CREATE_AND_UPDATE"
                : importStrategy.trim().toUpperCase(Locale.ROOT);
        boolean delete = switch (strategy) {
            case "CREATE_AND_UPDATE", "NEW_AND_UPDATES" -> false;
            case "DELETE", "DELETES" -> true;
            default -> throw InvalidInputException.of("importStrategy", "'" + importStrategy + "' is not supported: "
                    + "use CREATE_AND_UPDATE (the default) or DELETE");
        };
        String mode = atomicMode == null || atomicMode.isBlank() ? "ALL" : atomicMode.trim().toUpperCase(Locale.ROOT);
        if (!mode.equals("ALL") && !mode.equals("NONE")) {
            throw InvalidInputException.of("atomicMode", "'" + atomicMode + "' is not ALL or NONE");
        }
        return new Dhis2ImportOptions(dryRun, delete, mode.equals("ALL"), source);
    }
}
