package cn.tongban.notices.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The QR code of a notice's verification address, as an 8-bit greyscale bitmap: black modules on white,
 * {@link #SCALE} pixels a module, with the quiet zone the standard asks for.
 */
public record VerificationQr(int width, int height, byte[] grey) {

    static final int SCALE = 4;

    public static VerificationQr of(String url) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for " + url, e);
        }
        int width = matrix.getWidth() * SCALE;
        int height = matrix.getHeight() * SCALE;
        byte[] grey = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                grey[y * width + x] = matrix.get(x / SCALE, y / SCALE) ? 0 : (byte) 0xFF;
            }
        }
        return new VerificationQr(width, height, grey);
    }
}
