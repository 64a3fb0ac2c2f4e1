// A structural schema for the CloudNativePG Cluster (postgresql.cnpg.io/v1), limited to the fields Stride uses and
// the ones a clinic is likely to add. Written from the CloudNativePG API reference because the CRD's own OpenAPI
// schema is not available offline here; the Kubernetes types it reuses come from kubernetes-models. Unknown fields
// fail the check (TypeScript excess-property checks), so a misspelt field is caught; a field CloudNativePG added
// later must be added here first.
import type { IIoK8sApimachineryPkgApisMetaV1ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import type { IIoK8sApiCoreV1ResourceRequirements } from "kubernetes-models/v1/ResourceRequirements";
import type { IIoK8sApiCoreV1Toleration } from "kubernetes-models/v1/Toleration";

type Quantity = string;
interface SecretRef { name: string }
interface SecretKeyRef { name: string; key: string }

interface StorageConfiguration {
  size?: Quantity;
  storageClass?: string;
  resizeInUseVolumes?: boolean;
}

interface BootstrapInitDB {
  database?: string;
  owner?: string;
  secret?: SecretRef;
  encoding?: string;
  localeCollate?: string;
  localeCType?: string;
  dataChecksums?: boolean;
  walSegmentSize?: number;
  postInitApplicationSQL?: string[];
}

interface BarmanObjectStore {
  destinationPath: string;
  endpointURL?: string;
  serverName?: string;
  s3Credentials?: { accessKeyId?: SecretKeyRef; secretAccessKey?: SecretKeyRef; region?: SecretKeyRef; inheritFromIAMRole?: boolean };
  wal?: { compression?: "gzip" | "bzip2" | "snappy" | "lz4" | "xz" | "zstd"; encryption?: "AES256" | "aws:kms"; maxParallel?: number };
  data?: { compression?: "gzip" | "bzip2" | "snappy" | "lz4" | "xz" | "zstd"; encryption?: "AES256" | "aws:kms"; jobs?: number };
}

interface ClusterSpec {
  instances: number;
  imageName?: string;
  primaryUpdateStrategy?: "unsupervised" | "supervised";
  primaryUpdateMethod?: "switchover" | "restart";
  minSyncReplicas?: number;
  maxSyncReplicas?: number;
  enableSuperuserAccess?: boolean;
  postgresql?: {
    parameters?: { [name: string]: string };
    pg_hba?: string[];
    synchronous?: { method: "any" | "first"; number: number; dataDurability?: "required" | "preferred" };
  };
  bootstrap?: { initdb?: BootstrapInitDB };
  storage: StorageConfiguration;
  walStorage?: StorageConfiguration;
  resources?: IIoK8sApiCoreV1ResourceRequirements;
  affinity?: {
    enablePodAntiAffinity?: boolean;
    podAntiAffinityType?: "preferred" | "required";
    topologyKey?: string;
    nodeSelector?: { [label: string]: string };
    tolerations?: IIoK8sApiCoreV1Toleration[];
  };
  backup?: { retentionPolicy?: string; barmanObjectStore?: BarmanObjectStore; target?: "primary" | "prefer-standby" };
  monitoring?: { enablePodMonitor?: boolean };
}

export interface CnpgCluster {
  apiVersion: "postgresql.cnpg.io/v1";
  kind: "Cluster";
  metadata: IIoK8sApimachineryPkgApisMetaV1ObjectMeta & { name: string };
  spec: ClusterSpec;
}
