package org.haven.participation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A last line of defence for the free-text summaries of children's views: refuses text that contains an e-mail
 * address or a phone number (a run of nine or more digits), which would identify a child or a carer. Names cannot be
 * detected reliably; the labels of the fields ask for none.
 */
final class PersonalDataGuard {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()./-]{7,}\\d");

    private PersonalDataGuard() {
    }

    /** The reason the text may not be stored, if any. */
    static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (EMAIL.matcher(text).find()) {
            return Optional.of("contains an e-mail address; summaries must not identify a child or a carer");
        }
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            if (m.group().chars().filter(Character::isDigit).count() >= 9) {
                return Optional.of("contains what looks like a phone number; summaries must not identify a child or a carer");
            }
        }
        return Optional.empty();
    }
}
