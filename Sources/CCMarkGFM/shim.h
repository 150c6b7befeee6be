#ifndef ALIGN_CCMARKGFM_SHIM_H
#define ALIGN_CCMARKGFM_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

// The extensions' node types are globals the library sets when the extensions register; the
// headers do not declare them. Read through functions so Swift sees no mutable global.
extern cmark_node_type CMARK_NODE_TABLE;
extern cmark_node_type CMARK_NODE_TABLE_ROW;
extern cmark_node_type CMARK_NODE_TABLE_CELL;
extern cmark_node_type CMARK_NODE_STRIKETHROUGH;

static inline cmark_node_type align_cmark_node_table(void) { return CMARK_NODE_TABLE; }
static inline cmark_node_type align_cmark_node_table_row(void) { return CMARK_NODE_TABLE_ROW; }
static inline cmark_node_type align_cmark_node_table_cell(void) { return CMARK_NODE_TABLE_CELL; }
static inline cmark_node_type align_cmark_node_strikethrough(void) { return CMARK_NODE_STRIKETHROUGH; }
#endif
