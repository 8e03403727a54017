// services: the caller's catalog with their own prices and the panel's own service ids.
import { listCatalogServices, type CatalogService } from "../../catalog/list-catalog";
import { formatMoney } from "../../money";
import type { ApiActionDefinition } from "../action-types";

export function presentService(service: CatalogService) {
  return {
    service: service.id,
    name: service.name,
    type: service.type,
    category: service.categoryName,
    rate: formatMoney(service.rate),
    min: String(service.min),
    max: String(service.max),
    refill: service.refill,
    cancel: service.cancel,
    dripfeed: service.dripfeed,
  };
}

export const servicesAction: ApiActionDefinition = {
  name: "services",
  kind: "read",
  title: "Service list",
  description:
    "Every service you can order, with your own rate per 1000 (per order for Package types), limits and whether refill, cancel and drip-feed are available.",
  forms: [
    {
      title: "Service list",
      params: [],
      response: [
        {
          service: 1,
          name: "Followers",
          type: "Default",
          category: "First Category",
          rate: "0.90000",
          min: "50",
          max: "10000",
          refill: true,
          cancel: true,
          dripfeed: false,
        },
        {
          service: 2,
          name: "Comments",
          type: "Custom Comments",
          category: "Second Category",
          rate: "8.00000",
          min: "10",
          max: "1500",
          refill: false,
          cancel: true,
          dripfeed: false,
        },
      ],
    },
  ],
  async run({ caller }) {
    return (await listCatalogServices({ userId: caller.userId })).map(presentService);
  },
};
