/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.resource;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.profmonitor.model.ProfmonitorPackage;

/**
 * Loads and saves ProfMonitor models (directories, indicator sets, campaigns, analyses) as XMI in
 * UTF-8. Works inside Eclipse and stand-alone (tests, command line): the resource set registers the
 * package and the factory locally, so nothing depends on the plug-in registry.
 */
public final class ModelResources {

    /** The encoding of every ProfMonitor XMI file. */
    public static final String ENCODING = "UTF-8"; //$NON-NLS-1$

    /** The file extension ProfMonitor uses for its model files. */
    public static final String FILE_EXTENSION = "xmi"; //$NON-NLS-1$

    private static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl();

    private ModelResources() {
    }

    /**
     * Creates a resource set whose resources, whatever their extension, are UTF-8 XMI made by
     * {@link ProfmonitorResourceFactory}, and which knows the ProfMonitor package.
     *
     * @return a new resource set
     */
    public static ResourceSet createResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(ProfmonitorPackage.eNS_URI, ProfmonitorPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new ProfmonitorResourceFactory());
        resourceSet.getLoadOptions().putAll(loadOptions());
        return resourceSet;
    }

    /** @return the options every save uses; a new, modifiable map */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, ENCODING);
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        options.put(XMLResource.OPTION_SAVE_ONLY_IF_CHANGED, XMLResource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
        // keep files diff-friendly and free of absolute paths
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        // references inside a file are written as codes (whole="g9"), to another file as
        // <indicatorSet href="tver-2022.xmi#tver-2022"/>; loading also accepts the attribute form
        // indicatorSet="tver-2022.xmi#tver-2022" that is handier in hand-written files
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        return options;
    }

    /** @return the options every load uses; a new, modifiable map */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        // references by code may point forward in the file
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        return options;
    }

    /**
     * Loads a file and returns its root object.
     *
     * @param resourceSet the set to load into (cross-document references resolve within it)
     * @param uri         the file
     * @param type        the expected type of the root, for example {@code IndicatorSet.class}
     * @return the root object
     * @throws IOException if the file cannot be read or its root is not of the expected type
     */
    public static <T extends EObject> T load(ResourceSet resourceSet, URI uri, Class<T> type) throws IOException {
        Objects.requireNonNull(type, "type"); //$NON-NLS-1$
        Resource resource;
        try {
            resource = resourceSet.getResource(uri, true);
        } catch (RuntimeException e) {
            // EMF wraps I/O and parse errors in a WrappedException / Resource.IOWrappedException
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
        }
        if (resource.getContents().isEmpty() || !type.isInstance(resource.getContents().get(0))) {
            throw new IOException(uri + ": root is not a " + type.getSimpleName()); //$NON-NLS-1$
        }
        return type.cast(resource.getContents().get(0));
    }

    /**
     * Loads a file into a new resource set.
     *
     * @see #load(ResourceSet, URI, Class)
     */
    public static <T extends EObject> T load(URI uri, Class<T> type) throws IOException {
        return load(createResourceSet(), uri, type);
    }

    /**
     * Saves a root object to a file. If the object is not yet in a resource, it is put into a new
     * one in a new resource set; if it is in a resource with another URI, that resource is moved.
     *
     * @param root the root object
     * @param uri  the file
     * @return the resource that was saved
     * @throws IOException if the file cannot be written
     */
    public static Resource save(EObject root, URI uri) throws IOException {
        Resource resource = root.eResource();
        if (resource == null) {
            resource = createResourceSet().createResource(uri);
            resource.getContents().add(root);
        } else {
            resource.setURI(uri);
        }
        save(resource);
        return resource;
    }

    /**
     * Saves a resource with the ProfMonitor options, whatever factory made it.
     *
     * @param resource the resource
     * @throws IOException if the file cannot be written
     */
    public static void save(Resource resource) throws IOException {
        resource.save(saveOptions());
    }
}
