import Foundation

extension EntityRecognizer {
    /// The recognizer with the bundled models (`Resources/ner/<lang>.nerw`) and gazetteers.
    public static let shared = EntityRecognizer { language in
        guard let url = Bundle.module.url(forResource: language.rawValue, withExtension: "nerw", subdirectory: "Resources/ner"),
            let data = try? Data(contentsOf: url), let perceptron = try? PerceptronModel(data: data)
        else { return nil }
        let resource = { (ext: String) in
            Bundle.module.url(forResource: language.rawValue, withExtension: ext, subdirectory: "Resources/ner")
                .flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        }
        // Brown clusters and casing classes only for a model trained with them (memory: one table).
        let clusters = perceptron.options.isDisjoint(with: [.clusters, .casing]) ? "" : resource("clusters")
        let vocabulary = Vocabulary(text: resource("vocab"), lexicon: resource("lexicon"), clusters: clusters)
        return NERModel(perceptron: perceptron, gazetteer: bundledGazetteer, vocabulary: vocabulary)
    }

    /// Every `Resources/gazetteer/*.tsv`, in name order.
    public static let bundledGazetteer: Gazetteer = {
        guard let folder = Bundle.module.url(forResource: "gazetteer", withExtension: nil, subdirectory: "Resources")
        else { return Gazetteer() }
        return Gazetteer(folder: folder)
    }()
}
