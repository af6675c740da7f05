package org.profmonitor.ui.update.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;

/**
 * The update site of the preferences ({@code updateSite} in the {@code org.profmonitor.ui} node,
 * set on the preference page): a local folder or an http(s) URL. Without a preference, the
 * folder {@code repository} beside the installation, if there is one.
 */
public final class UpdateSite {

	/** The preference node of the workbench's preferences. */
	public static final String PREFERENCE_NODE = "org.profmonitor.ui"; //$NON-NLS-1$

	/** The key of the update site in that node. */
	public static final String PREFERENCE_KEY = "updateSite"; //$NON-NLS-1$

	/** The folder beside the installation that is the default site. */
	static final String DEFAULT_FOLDER = "repository"; //$NON-NLS-1$

	private UpdateSite() {
	}

	/** @return the text of the preference, or the default folder's path, or empty */
	public static Optional<String> configured() {
		String value = Platform.getPreferencesService().getString(PREFERENCE_NODE, PREFERENCE_KEY, null, null);
		if (value != null && !value.isBlank()) {
			return Optional.of(value.trim());
		}
		return besideInstallation().map(Path::toString);
	}

	/**
	 * @param text a folder path, a {@code file:} URI or an http(s) URL
	 * @return the site's URI
	 * @throws IllegalArgumentException naming the text when it is neither a URL nor an existing folder
	 */
	public static URI parse(String text) {
		String trimmed = text.trim();
		if (trimmed.matches("(?i)(https?|file):.*")) { //$NON-NLS-1$
			try {
				return new URI(trimmed);
			} catch (URISyntaxException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.Site_BadUrl, trimmed, e.getReason()), e);
			}
		}
		try {
			Path folder = Path.of(trimmed).toAbsolutePath();
			if (!Files.isDirectory(folder)) {
				throw new IllegalArgumentException(NLS.bind(Messages.Site_NoFolder, folder));
			}
			return folder.toUri();
		} catch (InvalidPathException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Site_BadUrl, trimmed, e.getReason()), e);
		}
	}

	private static Optional<Path> besideInstallation() {
		Location install = Platform.getInstallLocation();
		URL url = install == null ? null : install.getURL();
		if (url == null || !"file".equals(url.getProtocol())) { //$NON-NLS-1$
			return Optional.empty();
		}
		Path folder = Path.of(url.getPath()).resolve(DEFAULT_FOLDER);
		return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
	}
}
