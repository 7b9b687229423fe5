/**
 * The public service guide (办事指南): the list of matters and each matter's guide, readable without
 * signing in. The matters come page by page from the catalogue boundary.
 */
package cn.tongban.web.catalogue;
