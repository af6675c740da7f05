package org.profmonitor.reports.internal;

import java.util.Base64;

import org.eclipse.birt.report.engine.api.HTMLImageHandler;
import org.eclipse.birt.report.engine.api.IImage;
import org.eclipse.birt.report.engine.api.script.IReportContext;

/**
 * Writes the charts of an HTML report into the page as {@code data:} URIs. BIRT's default handler
 * saves each image as a temporary file and links to it with a {@code file:} URL, so the page
 * would show no chart once copied or mailed, and the temporary files would pile up.
 */
public final class InlineImageHandler extends HTMLImageHandler {

    private static final String DEFAULT_MIME_TYPE = "image/png"; //$NON-NLS-1$

    @Override
    public String onCustomImage(IImage image, IReportContext context) {
        return inline(image);
    }

    @Override
    public String onCustomImage(IImage image, Object context) {
        return inline(image);
    }

    @Override
    public String onDocImage(IImage image, IReportContext context) {
        return inline(image);
    }

    @Override
    public String onDocImage(IImage image, Object context) {
        return inline(image);
    }

    private static String inline(IImage image) {
        String mimeType = image.getMimeType() == null || image.getMimeType().isBlank() ? DEFAULT_MIME_TYPE
                : image.getMimeType();
        return "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(image.getImageData()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
