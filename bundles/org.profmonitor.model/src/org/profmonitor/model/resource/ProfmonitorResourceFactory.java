/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Creates XMI resources that read and write ProfMonitor files the same way everywhere: UTF-8, so
 * that Russian names stay readable in the file, and a fast id map for the codes that references use.
 */
public class ProfmonitorResourceFactory extends XMIResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri);
        resource.setEncoding(ModelResources.ENCODING);
        resource.getDefaultSaveOptions().putAll(ModelResources.saveOptions());
        resource.getDefaultLoadOptions().putAll(ModelResources.loadOptions());
        // codes are XMI ids (references in files read whole="grads9"); keep them in a map
        resource.setIntrinsicIDToEObjectMap(new java.util.HashMap<>());
        return resource;
    }
}
