internal import CLibXML2

/// The libxml2 SAX2 callbacks: nonisolated free functions that find their `SAXContext` through
/// `ctxt->_private` and forward to its `FeedBuilder` (no existential, no reference counting).
enum SAXCallbacks {
    static let startElement: startElementNsSAX2Func = { ctx, local, prefix, uri, nbNs, namespaces, nbAttrs, _, attrs in
        SAXContext.with(ctx) { c in
            guard !c.stopped else { return }
            var list: [XMLAttribute] = []
            if let attrs, nbAttrs > 0 {
                list.reserveCapacity(Int(nbAttrs))
                for i in 0..<Int(nbAttrs) {
                    let base = i * 5
                    guard let vs = attrs[base + 3], let ve = attrs[base + 4] else { continue }
                    let value = AttributeValue.decode(UnsafeBufferPointer(start: vs, count: ve - vs))
                    list.append(XMLAttribute(uri: c.name(attrs[base + 2]), local: c.name(attrs[base]), prefix: c.name(attrs[base + 1]), value: value))
                }
            }
            var nsList: [(prefix: String, uri: String)] = []
            if let namespaces, nbNs > 0 {
                for i in 0..<Int(nbNs) { nsList.append((c.name(namespaces[2 * i]), c.name(namespaces[2 * i + 1]))) }
            }
            let element = c.element(uri: uri, local: local, prefix: prefix)
            let go = c.withEvents {
                $0.startElement(key: element.key, name: element.name, uri: element.uriString, local: element.localString,
                                attributes: list, namespaces: nsList)
            }
            if !go { c.stop(ctx) }
        }
    }

    static let endElement: endElementNsSAX2Func = { ctx, _, _, _ in
        SAXContext.with(ctx) { c in
            guard !c.stopped else { return }
            c.withEvents { $0.endElement() }
        }
    }

    static let characters: charactersSAXFunc = { ctx, ch, len in
        guard let ch, len > 0 else { return }
        SAXContext.with(ctx) { c in
            guard !c.stopped else { return }
            c.delivered += Int(len)
            if c.delivered > c.textLimit {
                c.firstError = c.firstError ?? "entity expansion limit exceeded; parsing stopped"
                c.stop(ctx)
                return
            }
            c.withEvents { $0.characters(UnsafeBufferPointer(start: ch, count: Int(len))) }
        }
    }

    static let reference: referenceSAXFunc = { _, _ in }

    static let getEntity: getEntitySAXFunc = { ctx, name in
        guard let c = SAXContext.from(ctx), let name else { return nil }
        if let declared = xmlSAX2GetEntity(ctx, name) {
            // While the DTD is read, libxml2 attaches the raw value to the entity it gets back:
            // give it the real one, which the document owns and frees.
            if let parser = ctx?.assumingMemoryBound(to: xmlParserCtxt.self), parser.pointee.inSubset != 0 {
                return declared
            }
            switch declared.pointee.etype {
            case XML_INTERNAL_GENERAL_ENTITY: return c.entities.plainCopy(of: declared) ?? declared
            case XML_INTERNAL_PREDEFINED_ENTITY: return declared
            default:
                // External entities are never read.
                if c.firstError == nil { c.firstError = "external entity &\(String(cString: name)); not loaded" }
                return nil
            }
        }
        let entityName = String(cString: name)
        if let html = c.entities.html(entityName) { return html }
        if c.firstError == nil { c.firstError = "undefined entity &\(entityName);" }
        return c.entities.literal(entityName)
    }

    static let structuredError: xmlStructuredErrorFunc = { ctx, error in
        guard let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let ctxtPtr = error.pointee.ctxt ?? ctx
        guard let c = SAXContext.from(ctxtPtr) else { return }
        c.withEvents { $0.textIsWellFormed = false }
        guard c.firstError == nil else { return }
        let msg = error.pointee.message.map { String(cString: $0) } ?? "XML error \(error.pointee.code)"
        c.firstError = "line \(error.pointee.line): " + msg.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

import Foundation
