/**
 * Form downloads (表格下载, 第四条): the blank forms and filled-in samples a department attaches to its
 * matters, uploaded by the department's business owner (业务负责人, 第十八条) and downloadable by anyone.
 * A file is accepted only when its bytes are what its name says (PDF, Word, Excel, PNG or JPEG).
 */
package cn.tongban.blankforms;
