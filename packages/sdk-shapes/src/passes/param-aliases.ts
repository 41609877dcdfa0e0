/**
 * Parameter aliases that botocore accepts although the model does not have them.
 *
 * botocore hard-codes these in `botocore/handlers.py` (`_add_parameter_aliases`, registered on
 * `before-parameter-build`): the alias is renamed to the modelled member before validation, so
 * boto3 code may write either name. The table is botocore's own, copied key for key:
 *
 *     aliases = {
 *         'ec2.*.Filter': 'Filters',
 *         'logs.CreateExportTask.from': 'fromTime',
 *         'cloudsearchdomain.Search.return': 'returnFields',
 *     }
 */

interface ParameterAlias {
  /** boto3 service name. */
  readonly service: string;
  /** Smithy operation name, or `*` for every operation of the service. */
  readonly operation: string;
  /** The modelled member name. */
  readonly member: string;
  /** The name botocore also accepts. */
  readonly alias: string;
}

const ALIASES: readonly ParameterAlias[] = [
  { service: "ec2", operation: "*", member: "Filter", alias: "Filters" },
  { service: "logs", operation: "CreateExportTask", member: "from", alias: "fromTime" },
  { service: "cloudsearchdomain", operation: "Search", member: "return", alias: "returnFields" },
];

/** The modelled member name a keyword argument stands for when it is a botocore alias, or null. */
export function aliasedMember(service: string, operation: string, argument: string): string | null {
  for (const a of ALIASES) {
    if (a.service === service && (a.operation === "*" || a.operation === operation) && a.alias === argument)
      return a.member;
  }
  return null;
}
