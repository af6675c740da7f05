package org.profmonitor.core.internal.indicators;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.resource.ModelResources;

/**
 * The users' copies of indicator sets in the workspace folder: one UTF-8 XMI file per set, named
 * after the contribution id, so that it is found again after the region bundle is updated.
 */
public final class WorkspaceCopies {

    private WorkspaceCopies() {
    }

    /**
     * @param folder the workspace folder of indicator sets
     * @param contributionId the id of the {@code indicatorSet} element
     * @return the file of that set's workspace copy (which may not exist)
     */
    public static Path file(Path folder, String contributionId) {
        // Ids are dotted names; anything else must not be able to leave the folder.
        String name = contributionId.replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
        return folder.resolve(name + '.' + ModelResources.FILE_EXTENSION);
    }

    /**
     * Saves a copy of a set as the workspace copy, replacing an existing one.
     *
     * @param set the set to copy; it is not changed or moved
     * @return the file written
     * @throws IOException if the folder or the file cannot be written
     */
    public static Path save(IndicatorSet set, Path folder, String contributionId) throws IOException {
        Files.createDirectories(folder);
        Path file = file(folder, contributionId);
        ModelResources.save(EcoreUtil.copy(set), URI.createFileURI(file.toAbsolutePath().toString()));
        return file;
    }

    /**
     * Checks a set as the loader will check it when it reads the copy back: the model validation
     * with the formula checks, and the set's id, which the campaigns refer to.
     *
     * @param copy the set to be saved
     * @param shipped the shipped set of the contribution, or {@code null} if it is broken
     * @return the errors, empty if the copy would take precedence
     */
    public static List<String> problems(IndicatorSet copy, IndicatorSet shipped) {
        List<String> problems = new ArrayList<>();
        if (shipped != null && shipped.getId() != null && !shipped.getId().equals(copy.getId())) {
            problems.add(NLS.bind(Messages.Reason_WrongSetId, copy.getId(), shipped.getId()));
        }
        problems.addAll(ModelFiles.errors(copy));
        return problems;
    }
}
