/** Tests of the deployment set-ups in deploy/: a two-instance Payara Micro cluster, backups that restore, and configuration files checked by their own tools. */
package clinic.stride.deploy;
