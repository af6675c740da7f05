package org.profmonitor.core.indicators;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;
import org.profmonitor.core.internal.indicators.IndicatorSetReader;
import org.profmonitor.core.internal.indicators.WorkspaceCopies;
import org.profmonitor.model.IndicatorSet;

/**
 * The indicator sets the installed region bundles contribute to the extension point
 * {@code org.profmonitor.core.indicatorSets}, each with its directory and demo campaigns.
 * <p>
 * Contributions are read on first use and again on {@link #reload()}. A broken contribution (a
 * missing or unreadable file, an XMI that does not fit the model, a formula that does not parse or
 * type-check, any other validation error) is written to the Eclipse log with the contributing
 * bundle's symbolic name and the reason, is listed in {@link #problems()}, and is left out; the
 * other contributions are loaded.
 * <p>
 * <b>Workspace copies.</b> A power user can {@link #copyToWorkspace(String) copy} a set into the
 * workspace folder and change it there. A valid copy takes precedence over the shipped set, and since
 * the bundle's own files are never written it survives an update of the region bundle. A broken
 * copy is reported and the shipped set is used. The folder is {@code <data>/indicator-sets}, where
 * {@code <data>} is the system property {@value #DATA_PROPERTY}, or {@code ~/.profmonitor}.
 * <p>
 * Thread-safe; the model objects handed out must be treated as read-only.
 */
public final class IndicatorSetRegistry {

    /** System property naming the data root of ProfMonitor (default {@code ~/.profmonitor}). */
    public static final String DATA_PROPERTY = "profmonitor.data"; //$NON-NLS-1$

    /** Name of the folder of workspace copies inside the data root. */
    public static final String WORKSPACE_FOLDER_NAME = "indicator-sets"; //$NON-NLS-1$

    private static IndicatorSetRegistry defaultRegistry;

    private Path workspaceFolder;
    private IndicatorSetReader.Result loaded;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Creates a registry over the platform's extension registry, with the default workspace folder. */
    public IndicatorSetRegistry() {
        this.workspaceFolder = defaultWorkspaceFolder();
    }

    /** @return the registry the application shares */
    public static synchronized IndicatorSetRegistry getDefault() {
        if (defaultRegistry == null) {
            defaultRegistry = new IndicatorSetRegistry();
        }
        return defaultRegistry;
    }

    /**
     * @return {@code <profmonitor.data>/indicator-sets} if the system property is set, else
     *         {@code ~/.profmonitor/indicator-sets}
     */
    public static Path defaultWorkspaceFolder() {
        String data = System.getProperty(DATA_PROPERTY);
        Path root = data != null && !data.isBlank() ? Path.of(data)
                : Path.of(System.getProperty("user.home"), ".profmonitor"); //$NON-NLS-1$ //$NON-NLS-2$
        return root.resolve(WORKSPACE_FOLDER_NAME);
    }

    /** @return the folder of workspace copies */
    public synchronized Path getWorkspaceFolder() {
        return workspaceFolder;
    }

    /**
     * Changes the folder of workspace copies (tests use a temporary folder); the contributions are
     * read again on next use.
     *
     * @param folder the folder; it need not exist yet
     */
    public synchronized void setWorkspaceFolder(Path folder) {
        this.workspaceFolder = Objects.requireNonNull(folder, "folder"); //$NON-NLS-1$
        this.loaded = null;
    }

    /** @return the loaded contributions, ordered by id */
    public synchronized List<IndicatorSetContribution> contributions() {
        return result().contributions();
    }

    /**
     * @param id the id of an {@code indicatorSet} element
     * @return the contribution, if it is installed and could be loaded
     */
    public synchronized Optional<IndicatorSetContribution> find(String id) {
        return contributions().stream().filter(contribution -> contribution.id().equals(id)).findFirst();
    }

    /** @return the problems the last reading met, as logged, in the order met */
    public synchronized List<ContributionProblem> problems() {
        return result().problems();
    }

    /**
     * Reads all contributions and workspace copies again (after bundles or copies changed), then
     * tells the listeners.
     */
    public synchronized void reload() {
        loaded = null;
        result();
        listeners.forEach(Runnable::run);
    }

    /**
     * Has a listener told after every {@link #reload()}, which saving or deleting a workspace copy
     * does: views that show the sets read them again. It runs on the thread that reloaded, with
     * the registry locked, so it must only hand the work on (e.g. to the UI thread).
     *
     * @param listener the listener
     */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener")); //$NON-NLS-1$
    }

    /** @param listener a listener added before; nothing happens if it was not */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /**
     * Saves the shipped indicator set of a contribution as its workspace copy (UTF-8 XMI named after
     * the id), replacing an existing copy, and reloads, so that the copy is in effect.
     *
     * @param id the id of an {@code indicatorSet} element
     * @return the file written
     * @throws NoSuchElementException if no contribution with a valid shipped set has that id
     * @throws IOException if the file cannot be written
     */
    public synchronized Path copyToWorkspace(String id) throws IOException {
        IndicatorSet shipped = result().shippedSets().get(id);
        if (shipped == null) {
            throw new NoSuchElementException(id);
        }
        Path file = WorkspaceCopies.save(shipped, workspaceFolder, id);
        reload();
        return file;
    }

    /**
     * Checks an edited set as it would be checked when read back as the workspace copy of a
     * contribution, so that an editor can refuse to save what would be ignored.
     *
     * @param id the id of an {@code indicatorSet} element
     * @param set the edited set; not changed
     * @return the errors in the user's language, each naming the place; empty if the copy would be used
     */
    public synchronized List<String> checkWorkspaceCopy(String id, IndicatorSet set) {
        return WorkspaceCopies.problems(set, result().shippedSets().get(id));
    }

    /**
     * Saves an edited set as the workspace copy of a contribution, replacing an existing copy, and
     * reloads, so that the copy takes precedence over the shipped set.
     *
     * @param id the id of an {@code indicatorSet} element
     * @param set the edited set; a copy is written, the object is not changed or moved
     * @return the file written
     * @throws NoSuchElementException if no contribution has that id
     * @throws IllegalArgumentException if {@link #checkWorkspaceCopy} finds errors (the message lists
     *             them); nothing is written then
     * @throws IOException if the file cannot be written
     */
    public synchronized Path saveWorkspaceCopy(String id, IndicatorSet set) throws IOException {
        if (find(id).isEmpty()) {
            throw new NoSuchElementException(id);
        }
        List<String> problems = checkWorkspaceCopy(id, set);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems)); //$NON-NLS-1$
        }
        Path file = WorkspaceCopies.save(set, workspaceFolder, id);
        reload();
        return file;
    }

    /**
     * Deletes the workspace copy of a set, if there is one, and reloads: the shipped set is in
     * effect again.
     *
     * @param id the id of an {@code indicatorSet} element
     * @return whether a copy was deleted
     * @throws IOException if the file cannot be deleted
     */
    public synchronized boolean deleteWorkspaceCopy(String id) throws IOException {
        boolean deleted = Files.deleteIfExists(WorkspaceCopies.file(workspaceFolder, id));
        reload();
        return deleted;
    }

    /**
     * @param id the id of an {@code indicatorSet} element
     * @return where the workspace copy of that set is (or would be)
     */
    public synchronized Path workspaceCopy(String id) {
        return WorkspaceCopies.file(workspaceFolder, id);
    }

    private IndicatorSetReader.Result result() {
        if (loaded == null) {
            ILog log = Platform.getLog(FrameworkUtil.getBundle(IndicatorSetRegistry.class));
            loaded = new IndicatorSetReader(workspaceFolder, log).read(Platform.getExtensionRegistry());
        }
        return loaded;
    }
}
