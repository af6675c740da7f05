package org.profmonitor.reports.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Writes a drawing of a few flat colours and antialiased text as an 8-bit palette PNG. The PDF
 * writer (OpenPDF) reads a palette image row by row, but a true-colour one through
 * {@code BufferedImage.getRGB} pixel by pixel; the file is also about half the size.
 * <p>
 * The palette holds the drawing's flat colours exactly and fills the rest with a ramp from the
 * text's colour to the background, where the antialiased edges of the text fall; any other
 * pixel (text over a grid line) takes the ramp's shade of its brightness.
 */
final class PalettePng {

    private PalettePng() {
    }

    /**
     * @param image the drawing, of type {@link BufferedImage#TYPE_INT_RGB}
     * @param colours its flat colours, at most 64
     * @param text the colour of its text
     * @param background the colour under the text
     * @return the PNG
     */
    static byte[] encode(BufferedImage image, List<Color> colours, Color text, Color background) {
        int size = 256;
        int ramp = size - colours.size();
        byte[] reds = new byte[size];
        byte[] greens = new byte[size];
        byte[] blues = new byte[size];
        Map<Integer, Integer> exact = new HashMap<>();
        for (int i = 0; i < colours.size(); i++) {
            Color colour = colours.get(i);
            reds[i] = (byte) colour.getRed();
            greens[i] = (byte) colour.getGreen();
            blues[i] = (byte) colour.getBlue();
            exact.putIfAbsent(colour.getRGB() & 0xffffff, i);
        }
        for (int step = 0; step < ramp; step++) {
            double t = step / (double) (ramp - 1);
            int index = colours.size() + step;
            reds[index] = (byte) mix(text.getRed(), background.getRed(), t);
            greens[index] = (byte) mix(text.getGreen(), background.getGreen(), t);
            blues[index] = (byte) mix(text.getBlue(), background.getBlue(), t);
        }
        double dark = brightness(text.getRGB());
        double light = brightness(background.getRGB());
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        byte[] indices = new byte[pixels.length];
        int lastPixel = ~pixels[0];
        int lastIndex = 0;
        for (int i = 0; i < pixels.length; i++) {
            int rgb = pixels[i] & 0xffffff;
            if (rgb != lastPixel) {
                Integer flat = exact.get(rgb);
                if (flat != null) {
                    lastIndex = flat;
                } else {
                    double t = (brightness(rgb) - dark) / (light - dark);
                    lastIndex = colours.size() + (int) Math.round(Math.max(0, Math.min(1, t)) * (ramp - 1));
                }
                lastPixel = rgb;
            }
            indices[i] = (byte) lastIndex;
        }
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, size, reds, greens, blues));
        indexed.getRaster().setDataElements(0, 0, width, height, indices);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(indexed, "png", out)) { //$NON-NLS-1$
                throw new IllegalStateException("no PNG writer in the JDK's ImageIO"); //$NON-NLS-1$
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }

    private static double brightness(int rgb) {
        return 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
    }
}
