package org.haven.indicator;

/** One option of a category; ageFrom/ageTo are inclusive bounds in years for age bands (null when not an age). */
record CategoryOption(String code, String name, int sortOrder, Integer ageFrom, Integer ageTo, String sdmxCode,
        boolean unverified) {

    /** "0-4", "18+" or null. */
    public String bounds() {
        if (ageFrom == null && ageTo == null) {
            return null;
        }
        if (ageTo == null) {
            return ageFrom + "+";
        }
        return (ageFrom == null ? 0 : ageFrom) + "-" + ageTo;
    }
}
