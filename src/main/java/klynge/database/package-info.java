/** The embedded PostgreSQL used when no external server is configured. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package klynge.database;
