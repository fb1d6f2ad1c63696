#ifndef ERGRAPH_CGRAPHVIZ_SHIM_H
#define ERGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvplugin.h>

/* The plugin libraries ERGraph links in, so that a context never depends on the plugin
   config file being present (gvContext() silently loads no plugin when it is missing). */
extern gvplugin_library_t gvplugin_core_LTX_library;
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
extern gvplugin_library_t gvplugin_pango_LTX_library;

/* A context with exactly the linked-in plugins loaded. */
static inline GVC_t *ergraph_gvContext(void) {
    static lt_symlist_t builtins[] = {
        {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
        {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
        {"gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library},
        {"gvplugin_pango_LTX_library", &gvplugin_pango_LTX_library},
        {0, 0}
    };
    return gvContextPlugins(builtins, 0);
}

#endif
