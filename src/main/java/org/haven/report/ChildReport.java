package org.haven.report;

import java.util.List;

/**
 * The child-friendly summary of a year: a few big pictures with one number and a short sentence each, then one
 * plain sentence per strategic objective with as many stars as things measured there are on track. Built from the
 * public view only (approved values, small counts hidden).
 */
record ChildReport(int year, String title, String intro, List<BigFigure> figures, List<Goal> goals, String ending,
        Sections.Snapshot snapshot, boolean demo) {

    /** {@code picture} is a PNG data URI, {@code alt} its text alternative. */
    record BigFigure(String picture, String alt, String number, String text) {
    }

    /** One objective in plain words: {@code onTrack} of {@code measured} things going the right way. */
    record Goal(String code, String picture, String name, String sentence, List<Integer> stars) {
    }
}
