package org.profmonitor.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.EngineException;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.profmonitor.reports.internal.FontConfiguration;
import org.profmonitor.reports.internal.InlineImageHandler;
import org.profmonitor.reports.internal.Messages;

/**
 * The BIRT report engine of the application: started once, on first use, inside the running OSGi
 * framework, and shared by every render. Designs are read from this bundle ({@link #SPRAVKA},
 * {@link #CARD}, {@link #DECISION}).
 * <p>
 * Thread-safe: BIRT's engine serves concurrent tasks; start and stop are synchronised.
 */
public final class ReportEngineService {

    /** The design of the аналитическая справка of a campaign. */
    public static final String SPRAVKA = "reports/spravka.rptdesign"; //$NON-NLS-1$
    /** The design of the card of one organisation, municipality or region. */
    public static final String CARD = "reports/card.rptdesign"; //$NON-NLS-1$
    /** The design of the draft order or protocol that adopts the results. */
    public static final String DECISION = "reports/decision.rptdesign"; //$NON-NLS-1$

    /** The resolution of the charts in documents meant for print. */
    private static final int CHART_DPI = 192;

    /** How often a running render looks whether the user cancelled. */
    private static final long CANCEL_POLL_MILLIS = 100;

    private static ReportEngineService defaultService;

    private final Bundle bundle;
    private IReportEngine engine;

    private ReportEngineService(Bundle bundle) {
        this.bundle = bundle;
    }

    /** @return the service the application shares */
    public static synchronized ReportEngineService getDefault() {
        if (defaultService == null) {
            defaultService = new ReportEngineService(FrameworkUtil.getBundle(ReportEngineService.class));
        }
        return defaultService;
    }

    /**
     * Renders a design of this bundle.
     *
     * @param design the design's path in this bundle, e.g. {@link #SPRAVKA}
     * @param data the rows the design's data sets read
     * @param format the output format
     * @param locale the locale numbers are formatted in (a decimal comma for Russian)
     * @param out where the document goes; not closed
     * @param monitor progress and cancellation; may be {@code null}
     * @throws ReportException if the engine cannot start, the design is missing or BIRT fails
     * @throws OperationCanceledException if the monitor was cancelled; {@code out} then holds a
     *             partial document the caller must discard
     */
    public void render(String design, ReportData data, ReportFormat format, Locale locale, OutputStream out,
            IProgressMonitor monitor) throws ReportException {
        render(entry(design), data, format, locale, out, monitor);
    }

    /**
     * Renders a design from a URL: one of this bundle or one a region bundle contributes
     * ({@link ReportDesigns}).
     *
     * @see #render(String, ReportData, ReportFormat, Locale, OutputStream, IProgressMonitor)
     */
    public void render(URL design, ReportData data, ReportFormat format, Locale locale, OutputStream out,
            IProgressMonitor monitor) throws ReportException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.bind(Messages.Progress_Render, design.getPath()), 10);
        IReportEngine reportEngine = engine();
        progress.split(1);
        IReportRunnable runnable = open(reportEngine, design);
        progress.split(1);
        Map<String, Object> appContext = new HashMap<>();
        appContext.put(ReportData.APP_CONTEXT_KEY, data);
        RenderOption option = renderOption(format, out);
        runCancellable(() -> {
            IRunAndRenderTask task = reportEngine.createRunAndRenderTask(runnable);
            task.setAppContext(appContext);
            task.setLocale(locale);
            task.setRenderOption(option);
            return task;
        }, progress.split(8));
    }

    /**
     * Renders a design of this bundle into a file; a cancelled or failed render leaves no file.
     *
     * @param file the document to write, replaced if it exists
     * @see #render(String, ReportData, ReportFormat, Locale, OutputStream, IProgressMonitor)
     * @throws IOException if the file cannot be written
     */
    public void render(String design, ReportData data, ReportFormat format, Locale locale, Path file,
            IProgressMonitor monitor) throws ReportException, IOException {
        render(entry(design), data, format, locale, file, monitor);
    }

    /**
     * Renders a design from a URL into a file; a cancelled or failed render leaves no file.
     *
     * @see #render(String, ReportData, ReportFormat, Locale, Path, IProgressMonitor)
     */
    public void render(URL design, ReportData data, ReportFormat format, Locale locale, Path file,
            IProgressMonitor monitor) throws ReportException, IOException {
        boolean done = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            render(design, data, format, locale, out, monitor);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Stops the engine (on bundle or application shutdown); a later render starts it again. */
    public synchronized void shutdown() {
        if (engine != null) {
            engine.destroy();
            engine = null;
            Platform.shutdown();
        }
    }

    private synchronized IReportEngine engine() throws ReportException {
        if (engine == null) {
            try {
                EngineConfig config = new EngineConfig();
                config.setFontConfig(FontConfiguration.prepare(bundle));
                config.setLogConfig(null, Level.WARNING);
                Platform.startup(config);
                IReportEngineFactory factory = (IReportEngineFactory) Platform
                        .createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
                if (factory == null) {
                    throw new ReportException(Messages.Error_NoEngine, null);
                }
                engine = factory.createReportEngine(config);
            } catch (BirtException | IOException e) {
                throw new ReportException(Messages.Error_NoEngine, e);
            }
        }
        return engine;
    }

    private URL entry(String design) throws ReportException {
        URL entry = bundle.getEntry(design);
        if (entry == null) {
            throw new ReportException(Messages.bind(Messages.Error_NoDesign, design), null);
        }
        return entry;
    }

    private static IReportRunnable open(IReportEngine reportEngine, URL design) throws ReportException {
        try (InputStream in = design.openStream()) {
            return reportEngine.openReportDesign(design.toString(), in);
        } catch (IOException | EngineException e) {
            throw new ReportException(Messages.bind(Messages.Error_NoDesign, design), e);
        }
    }

    private static RenderOption renderOption(ReportFormat format, OutputStream out) {
        RenderOption option = switch (format) {
            case PDF -> {
                PDFRenderOption pdf = new PDFRenderOption();
                pdf.setEmbededFont(true);
                yield pdf;
            }
            case HTML -> {
                HTMLRenderOption html = new HTMLRenderOption();
                html.setEmbeddable(false);
                html.setImageHandler(new InlineImageHandler());
                yield html;
            }
            default -> new RenderOption();
        };
        // Charts are images: at BIRT's 96 dpi they blur on paper, so print formats get them finer.
        if (format != ReportFormat.HTML) {
            option.setOption(IRenderOption.CHART_DPI, Integer.valueOf(CHART_DPI));
        }
        option.setOutputFormat(format.birtFormat());
        if (format.emitterId() != null) {
            option.setEmitterID(format.emitterId());
        }
        option.setOutputStream(out);
        return option;
    }

    /** Creates the task in the thread that runs it. */
    private interface TaskFactory {
        IRunAndRenderTask create() throws EngineException;
    }

    /**
     * BIRT's task blocks its thread, and its script context belongs to the thread that made it,
     * so a worker creates, runs and closes the task while this thread watches the monitor:
     * {@link IRunAndRenderTask#cancel()} is the only way to stop a render midway.
     */
    private static void runCancellable(TaskFactory factory, IProgressMonitor monitor) throws ReportException {
        AtomicReference<IRunAndRenderTask> running = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<String> error = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                IRunAndRenderTask task = factory.create();
                running.set(task);
                try {
                    task.run();
                    if (!task.getErrors().isEmpty()) {
                        error.set(String.valueOf(task.getErrors().get(0)));
                    }
                } finally {
                    task.close();
                }
            } catch (EngineException | RuntimeException e) {
                failure.set(e);
            }
        }, "ProfMonitor report render"); //$NON-NLS-1$
        worker.setDaemon(true);
        worker.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        worker.start();
        boolean cancelled = false;
        try {
            while (worker.isAlive()) {
                if (!cancelled && monitor.isCanceled() && running.get() != null) {
                    cancelled = true;
                    running.get().cancel();
                }
                worker.join(CANCEL_POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            IRunAndRenderTask task = running.get();
            if (task != null) {
                task.cancel();
            }
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        if (cancelled) {
            throw new OperationCanceledException();
        }
        if (failure.get() != null) {
            throw new ReportException(Messages.Error_Render, failure.get());
        }
        if (error.get() != null) {
            throw new ReportException(Messages.Error_Render + ": " + error.get(), null); //$NON-NLS-1$
        }
        monitor.done();
    }
}
