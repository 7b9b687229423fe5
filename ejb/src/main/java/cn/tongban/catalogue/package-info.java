/**
 * The catalogue of matters (事项) the departments handle, with their departments, time limits and process
 * (第四、五、十四条). Everything here is public reading; changes come as versions approved by the
 * department's leader and filed by the service office.
 */
package cn.tongban.catalogue;
