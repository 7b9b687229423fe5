/** Form downloads (表格下载, 第四条) over HTTP: a matter's forms and their files, for anyone. */
package cn.tongban.rest.blankforms;
