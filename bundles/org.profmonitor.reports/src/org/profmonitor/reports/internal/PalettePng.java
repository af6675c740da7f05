package org.profmonitor.reports.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a drawing of a few flat colours and antialiased text as an 8-bit palette PNG. The PDF
 * writer (OpenPDF) reads a palette image row by row, but a true-colour one through
 * {@code BufferedImage.getRGB} pixel by pixel; the file is also about half the size. Written
 * here rather than by ImageIO, whose PNG writer tries every row filter on every row, which took
 * longer than drawing the chart: unfiltered rows and the fastest deflate suit flat colours.
 * <p>
 * The palette holds the drawing's flat colours exactly and fills the rest with a ramp from the
 * text's colour to the background, where the antialiased edges of the text fall; any other
 * pixel (text over a grid line) takes the ramp's shade of its brightness.
 */
final class PalettePng {

    private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

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
        byte[] palette = new byte[size * 3];
        Map<Integer, Integer> exact = new HashMap<>();
        for (int i = 0; i < colours.size(); i++) {
            Color colour = colours.get(i);
            palette[3 * i] = (byte) colour.getRed();
            palette[3 * i + 1] = (byte) colour.getGreen();
            palette[3 * i + 2] = (byte) colour.getBlue();
            exact.putIfAbsent(colour.getRGB() & 0xffffff, i);
        }
        for (int step = 0; step < ramp; step++) {
            double t = step / (double) (ramp - 1);
            int index = 3 * (colours.size() + step);
            palette[index] = (byte) mix(text.getRed(), background.getRed(), t);
            palette[index + 1] = (byte) mix(text.getGreen(), background.getGreen(), t);
            palette[index + 2] = (byte) mix(text.getBlue(), background.getBlue(), t);
        }
        double dark = brightness(text.getRGB());
        double light = brightness(background.getRGB());
        int width = image.getWidth();
        int height = image.getHeight();
        // The drawing's own array: BufferedImage.getRGB would convert pixel by pixel.
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        // Each row is preceded by its filter type, 0 (none): flat colours compress well unfiltered.
        byte[] rows = new byte[(width + 1) * height];
        int lastPixel = ~pixels[0];
        int lastIndex = 0;
        int out = 0;
        for (int i = 0; i < pixels.length; i++) {
            if (i % width == 0) {
                rows[out++] = 0;
            }
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
            rows[out++] = (byte) lastIndex;
        }
        return png(width, height, palette, rows);
    }

    /** The PNG of 8-bit palette indices (PNG specification, 2nd edition: IHDR, PLTE, IDAT, IEND). */
    private static byte[] png(int width, int height, byte[] palette, byte[] filteredRows) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(filteredRows.length / 8);
        png.writeBytes(SIGNATURE);
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) 8).put((byte) 3).put((byte) 0).put((byte) 0).put((byte) 0); // depth, palette, deflate, filters, no interlace
        chunk(png, "IHDR", header.array()); //$NON-NLS-1$
        chunk(png, "PLTE", palette); //$NON-NLS-1$
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(filteredRows);
            deflater.finish();
            ByteArrayOutputStream data = new ByteArrayOutputStream(filteredRows.length / 16);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                data.write(buffer, 0, deflater.deflate(buffer));
            }
            chunk(png, "IDAT", data.toByteArray()); //$NON-NLS-1$
        } finally {
            deflater.end();
        }
        chunk(png, "IEND", new byte[0]); //$NON-NLS-1$
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }

    private static double brightness(int rgb) {
        return 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
    }
}
