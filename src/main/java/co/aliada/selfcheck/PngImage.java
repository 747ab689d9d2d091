package co.aliada.selfcheck;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * An opaque RGB image as a PNG, written directly: rows unfiltered, deflated at a low level. The chart is mostly
 * flat colour, so this is about a third of the CPU of the general encoder (which tries five filters on every
 * row and deflates at its highest level) for a file a few per cent larger.
 */
final class PngImage {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int DEFLATE_LEVEL = 3;

    private PngImage() {
    }

    /** {@code image} must be {@link BufferedImage#TYPE_INT_RGB}. */
    static byte[] encode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try (DataOutputStream out = new DataOutputStream(png)) {
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits a sample, truecolour, deflate, adaptive filtering, no interlace
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", rows(pixels, width, height));
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static byte[] rows(int[] pixels, int width, int height) throws IOException {
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        ByteArrayOutputStream data = new ByteArrayOutputStream(64 * 1024);
        try (DeflaterOutputStream out = new DeflaterOutputStream(data, deflater, 64 * 1024)) {
            byte[] row = new byte[1 + width * 3]; // row[0] = 0: no filter
            for (int y = 0; y < height; y++) {
                int at = 1;
                for (int x = 0; x < width; x++) {
                    int rgb = pixels[y * width + x];
                    row[at++] = (byte) (rgb >> 16);
                    row[at++] = (byte) (rgb >> 8);
                    row[at++] = (byte) rgb;
                }
                out.write(row);
            }
        } finally {
            deflater.end();
        }
        return data.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
