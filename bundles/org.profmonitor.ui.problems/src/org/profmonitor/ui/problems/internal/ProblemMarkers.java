package org.profmonitor.ui.problems.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.profmonitor.ui.problems.internal.scan.Problem;

/**
 * Puts the problems on resources of the workspace, where the platform's Problems view finds them:
 * a project {@value #PROJECT} whose linked folder {@value #SETS_FOLDER} is the folder of the
 * workspace copies of indicator sets (a broken copy's markers are on its file), a folder per
 * campaign under {@value #CAMPAIGNS_FOLDER} for the problems of its data, and the project itself
 * for what belongs to no file (a broken region bundle). Every refresh replaces all markers of
 * the type {@value #MARKER_TYPE}.
 */
public final class ProblemMarkers {

	/** The marker type, a problem marker, declared in plugin.xml. */
	public static final String MARKER_TYPE = "org.profmonitor.ui.problems.problem"; //$NON-NLS-1$
	/** The project that holds the markers. */
	public static final String PROJECT = "ProfMonitor"; //$NON-NLS-1$
	/** The linked folder of the workspace copies. */
	public static final String SETS_FOLDER = "indicator-sets"; //$NON-NLS-1$
	/** The folder of the campaigns' folders. */
	public static final String CAMPAIGNS_FOLDER = "campaigns"; //$NON-NLS-1$

	/** Marker attributes beside the platform's message, severity and location. */
	public static final String INDICATOR_SET = "indicatorSet", INDICATOR = "indicator", CAMPAIGN = "campaign", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			ORGANISATION = "organisation", ELEMENT = "element"; //$NON-NLS-1$ //$NON-NLS-2$

	private final IWorkspace workspace = ResourcesPlugin.getWorkspace();
	private final Path setsFolder;

	/** @param setsFolder the folder of the workspace copies of indicator sets (the registry's) */
	public ProblemMarkers(Path setsFolder) {
		this.setsFolder = setsFolder.toAbsolutePath().normalize();
	}

	/** @return the project holding the markers (it may not exist yet) */
	public IProject project() {
		return workspace.getRoot().getProject(PROJECT);
	}

	/** Replaces all markers by those of the problems, in one workspace operation. */
	public void replace(List<Problem> problems, IProgressMonitor monitor) throws CoreException {
		workspace.run(inner -> write(problems, inner), workspace.getRoot(), IWorkspace.AVOID_UPDATE, monitor);
	}

	private void write(List<Problem> problems, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, problems.size() + 2);
		IProject project = openProject(progress.split(1));
		project.deleteMarkers(MARKER_TYPE, true, IResource.DEPTH_INFINITE);
		progress.split(1);
		for (Problem problem : problems) {
			IMarker marker = resourceOf(problem, project).createMarker(MARKER_TYPE);
			marker.setAttributes(attributes(problem));
			progress.split(1);
		}
	}

	private IProject openProject(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 4);
		IProject project = project();
		if (!project.exists()) {
			project.create(progress.split(1));
		}
		if (!project.isOpen()) {
			project.open(progress.split(1));
		}
		IFolder sets = project.getFolder(SETS_FOLDER);
		IPath target = IPath.fromFile(setsFolder.toFile());
		if (!sets.exists() || !target.equals(sets.getLocation())) {
			// ALLOW_MISSING_LOCAL: the folder of copies is created by the first save
			sets.createLink(target, IResource.REPLACE | IResource.ALLOW_MISSING_LOCAL, progress.split(1));
		}
		sets.refreshLocal(IResource.DEPTH_ONE, progress.split(1));
		return project;
	}

	private IResource resourceOf(Problem problem, IProject project) throws CoreException {
		if (problem.file() != null && problem.file().toAbsolutePath().normalize().getParent().equals(setsFolder)) {
			IResource file = project.getFolder(SETS_FOLDER).getFile(problem.file().getFileName().toString());
			if (file.exists()) {
				return file;
			}
		}
		if (problem.campaign() != null) {
			IFolder campaigns = project.getFolder(CAMPAIGNS_FOLDER);
			if (!campaigns.exists()) {
				campaigns.create(true, true, null);
			}
			IFolder campaign = campaigns.getFolder(problem.campaign().replaceAll("[^A-Za-z0-9._-]", "_")); //$NON-NLS-1$ //$NON-NLS-2$
			if (!campaign.exists()) {
				campaign.create(true, true, null);
			}
			return campaign;
		}
		return project;
	}

	private static Map<String, Object> attributes(Problem problem) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, problem.message());
		attributes.put(IMarker.SEVERITY, problem.error() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
		attributes.put(IMarker.LOCATION, problem.location());
		attributes.put(IMarker.TRANSIENT, Boolean.TRUE);
		put(attributes, INDICATOR_SET, problem.indicatorSet());
		put(attributes, INDICATOR, problem.indicator());
		put(attributes, CAMPAIGN, problem.campaign());
		put(attributes, ORGANISATION, problem.organisation());
		put(attributes, ELEMENT, problem.element());
		return attributes;
	}

	private static void put(Map<String, Object> attributes, String name, String value) {
		if (value != null) {
			attributes.put(name, value);
		}
	}
}
