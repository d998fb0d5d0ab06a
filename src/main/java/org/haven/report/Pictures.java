package org.haven.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

/**
 * The big pictures of the child-friendly summary, drawn once with Java2D as PNG data URIs (the same in the web page
 * and the PDF, nothing fetched): children, a globe, a house, a star and a speech bubble.
 */
final class Pictures {

    static final String CHILDREN = "children";
    static final String GLOBE = "globe";
    static final String HOUSE = "house";
    static final String STAR = "star";
    static final String SPEECH = "speech";

    private static final int SIZE = 160;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Pictures() {
    }

    static String uri(String name) {
        return CACHE.computeIfAbsent(name, Pictures::draw);
    }

    private static String draw(String name) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        switch (name) {
            case CHILDREN -> children(g);
            case GLOBE -> globe(g);
            case HOUSE -> house(g);
            case STAR -> star(g);
            case SPEECH -> speech(g);
            default -> throw new IllegalArgumentException(name);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static void person(Graphics2D g, int x, int y, int scale, Color color) {
        g.setColor(color);
        g.fill(new Ellipse2D.Double(x - scale * 0.5, y, scale, scale));
        g.fill(new RoundRectangle2D.Double(x - scale * 0.8, y + scale * 1.15, scale * 1.6, scale * 1.9, scale, scale));
    }

    private static void children(Graphics2D g) {
        person(g, 48, 40, 30, new Color(0x005a9c));
        person(g, 112, 40, 30, new Color(0xb3261e));
        person(g, 80, 66, 24, new Color(0x1a7f37));
    }

    private static void globe(Graphics2D g) {
        g.setColor(new Color(0x9fc4ea));
        g.fill(new Ellipse2D.Double(16, 16, 128, 128));
        g.setColor(new Color(0x005a9c));
        g.draw(new Ellipse2D.Double(16, 16, 128, 128));
        g.draw(new Ellipse2D.Double(52, 16, 56, 128));
        g.drawLine(16, 80, 144, 80);
        g.drawLine(26, 48, 134, 48);
        g.drawLine(26, 112, 134, 112);
    }

    private static void house(Graphics2D g) {
        GeneralPath roof = new GeneralPath();
        roof.moveTo(14, 78);
        roof.lineTo(80, 18);
        roof.lineTo(146, 78);
        roof.closePath();
        g.setColor(new Color(0xb3261e));
        g.fill(roof);
        g.setColor(new Color(0xf4d9a6));
        g.fillRect(32, 76, 96, 70);
        g.setColor(new Color(0x8a5300));
        g.fillRect(68, 100, 26, 46);
    }

    private static void star(Graphics2D g) {
        GeneralPath star = new GeneralPath();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 72 : 30;
            double a = Math.PI / 5 * i - Math.PI / 2;
            double x = 80 + r * Math.cos(a);
            double y = 86 + r * Math.sin(a);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.setColor(new Color(0xf2b705));
        g.fill(star);
        g.setColor(new Color(0x8a5300));
        g.draw(star);
    }

    private static void speech(Graphics2D g) {
        g.setColor(new Color(0x6b4fa0));
        g.fill(new RoundRectangle2D.Double(12, 20, 136, 92, 40, 40));
        GeneralPath tail = new GeneralPath();
        tail.moveTo(40, 104);
        tail.lineTo(30, 146);
        tail.lineTo(76, 108);
        tail.closePath();
        g.fill(tail);
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(40, 56, 16, 16));
        g.fill(new Ellipse2D.Double(72, 56, 16, 16));
        g.fill(new Ellipse2D.Double(104, 56, 16, 16));
    }
}
