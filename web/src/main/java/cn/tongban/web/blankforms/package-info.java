/**
 * Form downloads (表格下载, 第四条) in the portal: the forms section of a matter's guide, the download address
 * {@code /forms/<matter>/<name>} that it links to, and the business owner's page for uploading, replacing and
 * deleting a matter's forms.
 */
package cn.tongban.web.blankforms;
