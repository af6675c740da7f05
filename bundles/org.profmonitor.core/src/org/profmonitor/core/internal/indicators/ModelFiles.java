package org.profmonitor.core.internal.indicators;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.osgi.util.NLS;
import org.profmonitor.model.resource.ModelResources;
import org.profmonitor.model.validation.ModelValidation;

/** Loads a model file of a contribution and validates it, turning every failure into a reason. */
final class ModelFiles {

    /* Enough errors to see what is wrong without flooding the log with a broken file. */
    private static final int MAX_ERRORS = 5;

    private static final ModelFormulaChecker FORMULA_CHECKER = new ModelFormulaChecker();

    private ModelFiles() {
    }

    /**
     * Loads and validates a file.
     *
     * @param label how the log names the file (a bundle path or a workspace file)
     * @throws ContributionException if the file cannot be read, its root is of another type or
     *             validation finds errors (formula errors included)
     */
    static <T extends EObject> T load(ResourceSet resourceSet, URI uri, Class<T> type, String label)
            throws ContributionException {
        T root;
        try {
            root = ModelResources.load(resourceSet, uri, type);
        } catch (IOException | RuntimeException e) {
            throw new ContributionException(NLS.bind(Messages.Reason_Unreadable, label, reason(e)), e);
        }
        validate(root, label);
        return root;
    }

    /** @throws ContributionException if the model validation (formula checks included) reports errors */
    static void validate(EObject root, String label) throws ContributionException {
        List<String> errors = errors(root);
        if (errors.isEmpty()) {
            return;
        }
        String text = String.join("; ", errors.subList(0, Math.min(MAX_ERRORS, errors.size()))); //$NON-NLS-1$
        if (errors.size() > MAX_ERRORS) {
            text += ' ' + NLS.bind(Messages.Reason_MoreErrors, Integer.toString(errors.size() - MAX_ERRORS));
        }
        throw new ContributionException(NLS.bind(Messages.Reason_Invalid, label, text));
    }

    /** @return every error the model validation (formula checks included) reports, in model order */
    static List<String> errors(EObject root) {
        // The checker is passed explicitly: the registry must not depend on core's activation order.
        Diagnostic diagnostic = ModelValidation.validate(root, FORMULA_CHECKER);
        List<String> errors = new ArrayList<>();
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            collectErrors(diagnostic, errors);
        }
        return errors;
    }

    private static void collectErrors(Diagnostic diagnostic, List<String> errors) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                errors.add(diagnostic.getMessage());
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collectErrors(child, errors);
        }
    }

    /** @return the most telling message of an exception chain (EMF wraps parser errors) */
    static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
