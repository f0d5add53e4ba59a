/**
 * Small types every module may use: the named exceptions that the web layer turns into
 * 4xx answers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package klynge.shared;
