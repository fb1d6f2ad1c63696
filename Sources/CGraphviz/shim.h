#ifndef ERGRAPH_CGRAPHVIZ_SHIM_H
#define ERGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvplugin.h>
#include <stdlib.h>
#include <string.h>

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

/* An id discipline that numbers named objects in the order they are first named.
   cgraph's default uses the address of the interned name as the id, and keeps subgraphs in id
   order, so sibling clusters were written and laid out in an order that changed from run to run.
   Named objects get even ids 2, 4, 6, ...; anonymous ones odd ids, as in the default. */
typedef struct {
    Agraph_t *graph;     /* the root graph, whose string pool interns the names */
    char **names;        /* names[k] has id 2 * (k + 1); interned with agstrdup */
    size_t count, capacity;
    size_t *slots;       /* open addressing: index + 1 into names, 0 when free */
    size_t slotCount;    /* a power of two */
    IDTYPE anonymous;
} ergraph_idstate;

static inline size_t ergraph_idhash(const char *s) {
    size_t h = 1469598103934665603ULL;
    for (; *s; s++) { h ^= (unsigned char)*s; h *= 1099511628211ULL; }
    return h;
}

static inline void *ergraph_idopen(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    ergraph_idstate *st = calloc(1, sizeof(ergraph_idstate));
    if (!st) return NULL;
    st->graph = g;
    st->slotCount = 64;
    st->slots = calloc(st->slotCount, sizeof(size_t));
    st->anonymous = 1;
    if (!st->slots) { free(st); return NULL; }
    return st;
}

static inline long ergraph_idfind(ergraph_idstate *st, const char *str) {
    size_t mask = st->slotCount - 1;
    for (size_t i = ergraph_idhash(str) & mask;; i = (i + 1) & mask) {
        size_t slot = st->slots[i];
        if (slot == 0) return -(long)i - 1;                       /* free slot i */
        if (strcmp(st->names[slot - 1], str) == 0) return (long)(slot - 1);
    }
}

static inline int ergraph_idgrow(ergraph_idstate *st) {
    if (st->count == st->capacity) {
        size_t capacity = st->capacity ? st->capacity * 2 : 64;
        char **names = realloc(st->names, capacity * sizeof(char *));
        if (!names) return 0;
        st->names = names;
        st->capacity = capacity;
    }
    if (2 * (st->count + 1) > st->slotCount) {
        size_t slotCount = st->slotCount * 2;
        size_t *slots = calloc(slotCount, sizeof(size_t));
        if (!slots) return 0;
        for (size_t k = 0; k < st->count; k++) {
            size_t i = ergraph_idhash(st->names[k]) & (slotCount - 1);
            while (slots[i]) i = (i + 1) & (slotCount - 1);
            slots[i] = k + 1;
        }
        free(st->slots);
        st->slots = slots;
        st->slotCount = slotCount;
    }
    return 1;
}

static inline long ergraph_idmap(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype;
    ergraph_idstate *st = state;
    if (!str) { *id = st->anonymous; st->anonymous += 2; return 1; }
    long found = ergraph_idfind(st, str);
    if (found >= 0) { *id = 2 * ((IDTYPE)found + 1); return 1; }
    if (!createflag) return 0;
    if (!ergraph_idgrow(st)) return 0;
    /* Interned like cgraph's own names: agwrite reads the string pool's HTML flag beside them. */
    char *copy = agstrdup(st->graph, str);
    if (!copy) return 0;
    found = ergraph_idfind(st, str);               /* the table may have grown */
    st->names[st->count] = copy;
    st->slots[-found - 1] = st->count + 1;
    st->count += 1;
    *id = 2 * (IDTYPE)st->count;
    return 1;
}

static inline long ergraph_idalloc(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;
    return 0;
}

static inline void ergraph_idfree(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;   /* names live in the string pool until agclose */
}

static inline char *ergraph_idprint(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    ergraph_idstate *st = state;
    if (id % 2 != 0 || id == 0 || id / 2 > st->count) return NULL;
    return st->names[id / 2 - 1];
}

static inline void ergraph_idclose(void *state) {
    ergraph_idstate *st = state;
    if (!st) return;
    free(st->names);   /* the names themselves go with the graph's string pool */
    free(st->slots);
    free(st);
}

static inline void ergraph_idregister(void *state, int objtype, void *obj) {
    (void)state; (void)objtype; (void)obj;
}

/* The discipline to pass to agopen for graphs whose output must not depend on memory layout. */
static inline Agdisc_t *ergraph_disc(void) {
    static Agiddisc_t ids = {
        ergraph_idopen, ergraph_idmap, ergraph_idalloc, ergraph_idfree,
        ergraph_idprint, ergraph_idclose, ergraph_idregister
    };
    static Agdisc_t disc;
    disc.mem = &AgMemDisc;
    disc.id = &ids;
    disc.io = &AgIoDisc;
    return &disc;
}

#endif
