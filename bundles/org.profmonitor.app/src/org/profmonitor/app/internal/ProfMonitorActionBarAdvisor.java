package org.profmonitor.app.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu: «Файл», «Окно» and «Справка». The menus carry the standard group markers so that
 * later bundles add their commands through menu contributions instead of code here.
 */
class ProfMonitorActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction quit;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction about;

	ProfMonitorActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		quit = register(ActionFactory.QUIT.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		about = register(ActionFactory.ABOUT.create(window));
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(Messages.MenuFile, IWorkbenchActionConstants.M_FILE);
		file.add(new Separator(IWorkbenchActionConstants.FILE_START));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator(IWorkbenchActionConstants.FILE_END));
		file.add(quit);

		MenuManager window = new MenuManager(Messages.MenuWindow, IWorkbenchActionConstants.M_WINDOW);
		window.add(resetPerspective);
		window.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		window.add(preferences);

		MenuManager help = new MenuManager(Messages.MenuHelp, IWorkbenchActionConstants.M_HELP);
		help.add(new Separator(IWorkbenchActionConstants.HELP_START));
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new Separator(IWorkbenchActionConstants.HELP_END));
		help.add(about);

		menuBar.add(file);
		menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}
}
